import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseResponses, AnalysedResponse, AnalysisFindings } from './analyse-responses';

interface CorpusResponse {
  id: string;
  body: string;
  theme: string;
}

// The first proposal of the labelled corpus: four hand-labelled themes of about 28 responses each.
const corpus = JSON.parse(readFileSync(join(__dirname, '../../../test/corpus/corpus.json'), 'utf8')) as { proposals: { responses: CorpusResponse[] }[] };
const hand = corpus.proposals[0].responses;
const asResponse = (r: CorpusResponse): AnalysedResponse => ({ id: r.id, body: r.body, answers: [] });

const themeOf = (findings: AnalysisFindings, id: string) => findings.themes.find((t) => t.responseIds.includes(id));
/** The theme that holds most responses hand-labelled `label`. */
const themeOfLabel = (findings: AnalysisFindings, label: string) => {
  const ids = new Set(hand.filter((r) => r.theme === label).map((r) => r.id));
  return [...findings.themes].sort((a, b) => b.responseIds.filter((id) => ids.has(id)).length - a.responseIds.filter((id) => ids.has(id)).length)[0];
};

describe('analyseResponses with attachment text (issue 11 item 4)', () => {
  // A response that says nothing itself: its point is in its attachment, a paper on privacy (the corpus's privacy responses, one after another).
  const paper = hand.filter((r) => r.theme === 'privacy').map((r) => r.body).join('\n');
  const pointer = { id: 'met-bijlage', body: 'Zie bijlage.', answers: [] };

  it('puts a response whose only content is its attachment in the theme of that content, public or not', async () => {
    const without = await analyseResponses([], [...hand.map(asResponse), pointer]);
    expect(without.unthemed).toContain('met-bijlage');
    for (const isPublic of [false, true]) {
      const findings = await analyseResponses([], [...hand.map(asResponse), { ...pointer, attachments: [{ text: paper, public: isPublic }] }]);
      expect(findings.unthemed).not.toContain('met-bijlage');
      expect(themeOf(findings, 'met-bijlage')!.id).toBe(themeOfLabel(findings, 'privacy').id);
      // Summary sentences are quoted from the responses' own text, never from an attachment.
      for (const t of findings.themes) for (const s of t.summary) expect(s.responseIds[0]).not.toBe('met-bijlage');
    }
  });

  it("never makes a theme's terms of words that only non-public attachments use; public attachments may name a theme", async () => {
    // Every accessibility response carries a paper that repeats one word no response uses.
    const withPaper = (isPublic: boolean) =>
      hand.map((r) => (r.theme === 'toegankelijkheid' ? { ...asResponse(r), attachments: [{ text: 'Voorleessoftware voorleessoftware voorleessoftware en nog eens voorleessoftware.', public: isPublic }] } : asResponse(r)));
    const terms = (f: AnalysisFindings) => f.themes.flatMap((t) => t.terms);
    // The control: public, the word names the theme (so the check below can fail).
    expect(terms(await analyseResponses([], withPaper(true)))).toContain('voorleessoftware');
    const hidden = await analyseResponses([], withPaper(false));
    expect(terms(hidden)).not.toContain('voorleessoftware');
    expect(terms(hidden).every((t) => t.length > 0)).toBe(true);
  });
});
