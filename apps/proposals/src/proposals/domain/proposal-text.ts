/**
 * The text of a published proposal as anchored paragraphs, and how anchors survive a correction.
 *
 * Why an assigned anchor and not a hash of the paragraph: a response points at a paragraph so that
 * the point still finds its place after the text is corrected. A hash of the text would give an
 * edited paragraph a new identity, and every response to it would lose its place exactly when it
 * matters most (the correction often answers those responses). So anchors are handed out once, at
 * first publication (`a1`, `a2`, … in order; `nextAnchor` is never reused), and a correction carries
 * them over:
 *   1. paragraphs whose text is unchanged (compared with whitespace collapsed) keep their anchor
 *      and their `since` — found as the longest common subsequence of old and new paragraphs, so
 *      inserting or deleting a paragraph does not disturb the others;
 *   2. between two such unchanged neighbours, changed paragraphs are paired in order with the old
 *      paragraphs that disappeared there: an edited paragraph keeps its anchor, with `since` set to
 *      the new version (responses to it are then shown as referring to the earlier version);
 *   3. what is left over is new (a fresh anchor) or removed (its anchor is gone from the text).
 *
 * A paragraph is a block of the Markdown source between blank lines — what a reader sees as one
 * paragraph, list or heading. (A fenced code block with blank lines inside splits in two; proposals
 * are prose, and the anchors would still be stable.)
 */

export interface AnchoredParagraph {
  anchor: string;
  /** The text version in which this paragraph's text last changed (or appeared). */
  since: number;
  /** The Markdown source of the paragraph. */
  text: string;
}

export interface AnchoredText {
  version: number;
  paragraphs: AnchoredParagraph[];
  /** The number of the next anchor to hand out (anchors are never reused). */
  nextAnchor: number;
}

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The paragraphs of a Markdown source: blocks between blank lines, without empty ones. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim().length > 0);
}

/** The text at first publication: version 1, anchors in order. */
export function firstVersion(body: string): AnchoredText {
  const paragraphs = splitParagraphs(body).map((text, i) => ({ anchor: `a${i + 1}`, since: 1, text }));
  return { version: 1, paragraphs, nextAnchor: paragraphs.length + 1 };
}

/** Pairs of (old index, new index) of paragraphs whose text did not change, in order (LCS). */
function unchangedPairs(before: string[], after: string[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** The next text version: anchors carried over as described above. */
export function nextVersion(current: AnchoredText, body: string): AnchoredText {
  const version = current.version + 1;
  const texts = splitParagraphs(body);
  const pairs = unchangedPairs(
    current.paragraphs.map((p) => normalise(p.text)),
    texts.map(normalise),
  );
  let nextAnchor = current.nextAnchor;
  const paragraphs: AnchoredParagraph[] = [];
  // Walk the gaps between unchanged paragraphs (and the gap after the last one).
  let oldFrom = 0;
  let newFrom = 0;
  for (const [oldAt, newAt] of [...pairs, [current.paragraphs.length, texts.length] as [number, number]]) {
    const removed = current.paragraphs.slice(oldFrom, oldAt);
    texts.slice(newFrom, newAt).forEach((text, k) => {
      const edited = removed[k];
      paragraphs.push({ anchor: edited ? edited.anchor : `a${nextAnchor++}`, since: version, text });
    });
    if (oldAt < current.paragraphs.length) {
      const kept = current.paragraphs[oldAt];
      paragraphs.push({ anchor: kept.anchor, since: kept.since, text: texts[newAt] });
    }
    oldFrom = oldAt + 1;
    newFrom = newAt + 1;
  }
  return { version, paragraphs, nextAnchor };
}
