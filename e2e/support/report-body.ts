/** A valid barrier report body for end-to-end tests; `n` makes each one distinct. */
export function reportBody(n: number, email = `e2e-reporter-${n}@example.nl`): Record<string, unknown> {
  return {
    title: `Belemmering ${n}: datadeling tussen zorgaanbieders`,
    description: `Wij willen gegevens delen tussen huisartsen en apotheken voor een AI-toepassing (melding ${n}), maar de regels zijn onduidelijk.`,
    regulation: { name: 'Uitvoeringswet Algemene verordening gegevensbescherming', bwbId: 'BWBR0040940' },
    technology: 'data-sharing',
    sector: 'Q',
    company: { name: `Zorgdata ${n} B.V.`, kvkNumber: '87654321', sizeClass: 'micro' },
    contact: { name: `Reporter ${n}`, email },
    consent: { contact: true, publish: false },
  };
}
