/** A valid POST /api/proposals body; override what a test is about. */
export function aProposalRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Regionale werkplaatsen voor digitalisering in het mkb',
    summary: 'Het kabinet stelt voor om in elke provincie een werkplaats in te richten waar mkb-ondernemers advies krijgen.',
    body: '## Voorstel\n\nIn elke provincie komt een **werkplaats**. Zie [de strategie](https://www.nederlanddigitaal.nl).\n\n<script>alert(1)</script>',
    theme: '1.1',
    questions: [{ text: 'Welke belemmeringen ervaart u bij het digitaliseren van uw bedrijf?' }, { text: 'Wat zou een werkplaats voor u moeten doen?' }],
    documents: [{ title: 'Nederlandse Digitaliseringsstrategie', url: 'https://www.rijksoverheid.nl/documenten/rapporten/2018/06/01/nederlandse-digitaliseringsstrategie' }],
    opensAt: '2026-12-01T09:00:00+01:00',
    closesAt: '2027-01-12T23:59:59+01:00',
    moderation: 'pre',
    ...overrides,
  };
}
