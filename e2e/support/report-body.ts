import { expect } from '@jest/globals';
import { api } from './api';

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

/** Posts a report through the public API (the portal origin) and gives its reference. */
export async function submitReport(body: Record<string, unknown>): Promise<string> {
  const res = await api<{ reference: string }>('POST', '/api/loket/reports', body);
  expect(res.status).toBe(201);
  return res.data.reference;
}
