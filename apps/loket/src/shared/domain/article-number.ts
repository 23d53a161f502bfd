/**
 * One article number piece: digits with at most one letter, written on ("5a") or apart ("5 A") — a
 * letter apart only when it stands alone, so "22 lid 1" is article 22, not 22l.
 */
const PIECE = String.raw`\d+(?:[a-z]|\s+[a-z](?![a-z]))?`;
/** "5a", "7:446", "11.7a": the first number in the text, with its sub-numbers. */
const ARTICLE_NUMBER = new RegExp(String.raw`${PIECE}(?:[.:]${PIECE})*`);

/**
 * The article number a reference points at, the one form the loket compares articles in (routing
 * rules against a report, reports against each other, the register's similar entries): "art. 22",
 * "Artikel 22 lid 1" and "22" all give "22"; "Artikel 5 A" and "art. 5a" give "5a"; "7:446 BW"
 * gives "7:446"; "artikel 11.7a" gives "11.7a". Paragraphs (lid, sub) are ignored: reporters are
 * inconsistent about them while the article already pins the topic. No number: undefined.
 *
 * The register's SQL repeats this expression (register-crowd.store.ts, ENTRY_ARTICLE): change both.
 */
export function normaliseArticle(article: string | undefined): string | undefined {
  if (!article) {
    return undefined;
  }
  const match = ARTICLE_NUMBER.exec(article.toLowerCase());
  return match ? match[0].replace(/\s+/g, '') : undefined;
}
