/** A valid report request body; override what a test is about. */
export function aReportRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Drone-inspectie van windturbines buiten zicht niet toegestaan',
    description:
      'Wij willen windturbines op zee inspecteren met drones die buiten het zicht van de piloot vliegen (BVLOS). Daarvoor is nu per vlucht een ontheffing nodig.',
    regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen', article: '5' },
    technology: 'drones',
    sector: 'D',
    impact: 'Inspecties kosten drie keer zoveel met een bemande helikopter.',
    suggestedSolution: 'Een standaardscenario voor BVLOS boven zee.',
    company: { name: 'Windwacht B.V.', kvkNumber: '12345678', sizeClass: 'small' },
    contact: { name: 'Anna de Vries', email: 'anna.devries@example.nl', phone: '+31 6 12345678' },
    consent: { contact: true, publish: true },
    ...overrides,
  };
}
