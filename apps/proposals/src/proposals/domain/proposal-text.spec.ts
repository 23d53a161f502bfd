import { firstVersion, nextVersion, splitParagraphs } from './proposal-text';

const anchors = (t: ReturnType<typeof firstVersion>) => t.paragraphs.map((p) => `${p.anchor}@${p.since}:${p.text}`);

describe('proposal text anchors', () => {
  it('splits Markdown into blocks between blank lines', () => {
    expect(splitParagraphs('# Kop\r\n\r\nEen\ntwee\n \n\n- a\n- b\n\n')).toEqual(['# Kop', 'Een\ntwee', '- a\n- b']);
  });

  it('hands out a1…aN at first publication', () => {
    expect(anchors(firstVersion('A\n\nB\n\nC'))).toEqual(['a1@1:A', 'a2@1:B', 'a3@1:C']);
    expect(firstVersion('A\n\nB').nextAnchor).toBe(3);
  });

  it('keeps the anchor of an edited paragraph, marked as changed in the new version', () => {
    const v2 = nextVersion(firstVersion('A\n\nB\n\nC'), 'A\n\nB, verbeterd\n\nC');
    expect(anchors(v2)).toEqual(['a1@1:A', 'a2@2:B, verbeterd', 'a3@1:C']);
    expect(v2.version).toBe(2);
  });

  it('gives an inserted paragraph a fresh anchor without disturbing its neighbours, and never reuses a removed one', () => {
    const v1 = firstVersion('A\n\nB\n\nC');
    const v2 = nextVersion(v1, 'Nieuw\n\nA\n\nC');
    // "Nieuw" takes no anchor of A; B (removed, nothing in its place) is gone; C keeps a3.
    expect(anchors(v2)).toEqual(['a4@2:Nieuw', 'a1@1:A', 'a3@1:C']);
    const v3 = nextVersion(v2, 'Nieuw\n\nA\n\nC\n\nD');
    expect(anchors(v3)).toEqual(['a4@2:Nieuw', 'a1@1:A', 'a3@1:C', 'a5@3:D']);
  });

  it('treats a change of whitespace only as no change', () => {
    const v2 = nextVersion(firstVersion('Een  twee\ndrie\n\nB'), 'Een twee drie\n\nB2');
    expect(anchors(v2)).toEqual(['a1@1:Een twee drie', 'a2@2:B2']);
  });

  it('carries an edit through several versions: since follows the last change', () => {
    const v2 = nextVersion(firstVersion('A\n\nB'), 'A2\n\nB');
    const v3 = nextVersion(v2, 'A2\n\nB2');
    expect(anchors(v3)).toEqual(['a1@2:A2', 'a2@3:B2']);
  });
});
