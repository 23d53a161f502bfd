/**
 * Free text may hold any character except control characters (tab and newlines are fine),
 * lone UTF-16 surrogates and U+FFFD — the replacement character is what invalid UTF-8 bytes
 * decode to, so a report sent in a broken encoding is refused rather than stored garbled.
 * The `u` flag makes the surrogate range match lone halves only, so emoji stay allowed.
 */
export const FREE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFD]*$/u;
