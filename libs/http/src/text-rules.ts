/**
 * Free text typed by people: any character except control characters (tab and newlines are fine),
 * lone UTF-16 surrogates and U+FFFD — the replacement character is what invalid UTF-8 bytes decode
 * to, so text sent in a broken encoding is refused rather than stored garbled. The `u` flag makes
 * the surrogate range match lone halves only, so emoji stay allowed. Use with
 * `@Matches(FREE_TEXT, { context: { code: 'text' } })` for the translated field message.
 */
export const FREE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFD]*$/u;
