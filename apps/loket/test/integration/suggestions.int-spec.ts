import { waitFor } from '@pb/testing';
import { loadSuggestionCorpus, SuggestionCorpusReport } from '../corpus/suggestions/suggestion-corpus';
import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit, uniqueEmail } from '../support/loket-test-kit';

interface SuggestedCode {
  code: string;
  confidence: number;
  reasons: { kind: string; text: string; weight: number }[];
}
interface Suggestion {
  theme: SuggestedCode | null;
  department: SuggestedCode | null;
  alternatives: { theme: SuggestedCode[]; department: SuggestedCode[] };
  trainedOn: number;
}

/**
 * The theme/department suggestion on the official's report, learnt from reports triaged through
 * the API (real PostgreSQL and Kafka), retrained once the model is older than the retrain interval,
 * and the official's choice recorded beside it.
 */
describe('triage suggestions (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  let intake: string;
  // The train split of the corpus for five themes: enough to learn from, quick to load.
  const THEMES = ['1.4', '1.5', '1.7', '2.2.4', '2.4.2'];
  const training = loadSuggestionCorpus().filter((r) => r.split === 'train' && THEMES.includes(r.theme));
  const RETRAIN_SECONDS = 600;

  const submit = async (report: Pick<SuggestionCorpusReport, 'title' | 'description' | 'regulation' | 'technology' | 'sector'>): Promise<string> => {
    const base = aReportRequest({
      title: report.title,
      description: report.description,
      // The form requires a regulation name; a reporter who knows none types something like this.
      regulation: report.regulation ?? { name: 'Weet ik niet' },
      technology: report.technology,
      sector: report.sector,
    });
    const res = await kit.http.post('/api/loket/reports').send({ ...base, contact: { ...(base.contact as object), email: uniqueEmail() } }).expect(201);
    return res.body.reference as string;
  };
  const triage = (reference: string, theme: string, department: string) =>
    kit.http.post(`/api/loket/reports/${reference}/triage`).set('Authorization', intake).send({ theme, priority: 'normal', department }).expect(200);
  const suggestionFor = async (reference: string): Promise<Suggestion> =>
    (await kit.http.get(`/api/loket/reports/${reference}`).set('Authorization', intake).expect(200)).body.suggestion;
  const choicesOf = async (reference: string) =>
    kit.dataSource.query(
      `SELECT c.trained_on, c.suggested_themes, c.chosen_theme, c.theme_rank, c.suggested_departments, c.chosen_department, c.department_rank
         FROM report_suggestion_choices c JOIN barrier_reports r ON r.id = c.report_id WHERE r.reference = $1 ORDER BY c.id`,
      [reference],
    );

  let privacy: string;
  let drones: string;

  beforeAll(async () => {
    await kit.start({ LOKET_SUGGESTER_RETRAIN_SECONDS: RETRAIN_SECONDS });
    await kit.publishStrategy();
    intake = `Bearer ${kit.token(['intake'], 'intake-1', null)}`;
    privacy = await submit({
      title: 'Klantgegevens voor een nieuwsbrief gebruiken',
      description: 'Mogen wij de persoonsgegevens van klanten gebruiken voor marketing? De privacyregels zijn vaag en de toezichthouder geeft geen voorbeelden.',
      regulation: { name: 'AVG', article: 'art. 6' },
      technology: 'data-sharing',
      sector: 'G',
    });
    drones = await submit({
      title: 'Drones buiten zicht voor inspectie van dijken',
      description: 'Voor inspectievluchten met drones buiten het zicht van de piloot krijgen wij geen ontheffing; elke vlucht moet apart worden aangevraagd.',
      technology: 'drones',
      sector: 'M',
    });
  }, 60000);
  afterAll(async () => {
    kit.clock.reset();
    await kit.stop();
  });

  it('suggests nothing while no report has been triaged', async () => {
    expect(await suggestionFor(privacy)).toEqual({ theme: null, department: null, alternatives: { theme: [], department: [] }, trainedOn: 0 });
  });

  it('learns from the triaged reports once the model is due for retraining, and shows theme and department with confidence and reasons', async () => {
    for (const report of training) {
      await triage(await submit(report), report.theme, report.department);
    }
    // Still the model trained before any triage: a retrain is due only after the interval.
    expect((await suggestionFor(privacy)).trainedOn).toBe(0);

    kit.clock.travelTo(new Date(Date.now() + (RETRAIN_SECONDS + 1) * 1000));
    const suggestion = await waitFor(() => suggestionFor(privacy), (s) => s.trainedOn > 0, { what: 'retrained suggester' });

    expect(suggestion.trainedOn).toBe(training.length);
    expect(suggestion.theme).toEqual(expect.objectContaining({ code: '2.4.2' }));
    expect(suggestion.department).toEqual(expect.objectContaining({ code: 'JenV' }));
    expect(suggestion.alternatives.theme).toHaveLength(3);
    expect(suggestion.alternatives.theme[0]).toEqual(suggestion.theme);
    expect(suggestion.theme!.confidence).toBeGreaterThan(suggestion.alternatives.theme[1].confidence);
    expect(suggestion.theme!.confidence).toBeLessThanOrEqual(1);
    expect(suggestion.theme!.reasons).toContainEqual(expect.objectContaining({ kind: 'regulation', text: 'AVG' }));
    const typed = 'Klantgegevens voor een nieuwsbrief gebruiken Mogen wij de persoonsgegevens van klanten gebruiken voor marketing? De privacyregels zijn vaag en de toezichthouder geeft geen voorbeelden.'.toLowerCase();
    for (const reason of suggestion.theme!.reasons.filter((r) => r.kind === 'word')) {
      expect(typed).toContain(reason.text.toLowerCase());
    }

    const droneSuggestion = await suggestionFor(drones);
    expect(droneSuggestion.theme?.code).toBe('1.4');
    expect(droneSuggestion.department?.code).toBe('IenW');
    expect(droneSuggestion.theme!.reasons.map((r) => r.text.toLowerCase())).toContain('drones');
  }, 180000);

  it("records the official's choice beside the suggestion: confirmed, and overruled", async () => {
    await triage(privacy, '2.4.2', 'JenV');
    await triage(drones, '2.1.2', 'EZ');

    const [confirmed] = await choicesOf(privacy);
    expect(confirmed).toEqual(
      expect.objectContaining({ trained_on: training.length, chosen_theme: '2.4.2', theme_rank: 1, chosen_department: 'JenV', department_rank: 1 }),
    );
    expect(confirmed.suggested_themes).toHaveLength(3);
    expect(confirmed.suggested_themes[0]).toEqual({ code: '2.4.2', confidence: expect.any(Number) });

    const [overruled] = await choicesOf(drones);
    expect(overruled).toEqual(expect.objectContaining({ chosen_theme: '2.1.2', theme_rank: null, chosen_department: 'EZ' }));
    expect(overruled.suggested_themes[0].code).toBe('1.4');
    // The suggestion stays on the report after triage, for comparison.
    expect((await suggestionFor(drones)).theme?.code).toBe('1.4');
  });
});
