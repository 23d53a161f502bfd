import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateEnvelope, validatePayload } from '../event-validation';
import type { IntegrationEventClass } from '../integration-event';
import { ErasureCompletedV1 } from './erasure-completed.v1';
import { ErasureRequestedV1 } from './erasure-requested.v1';

const sample = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', '..', 'samples', name), 'utf8'));
const payloadOf = (cls: IntegrationEventClass, payload: object) => {
  const envelope = validateEnvelope({ ...(sample(`${cls.type}.v1.json`) as object), payload });
  if (!envelope.ok) throw new Error(envelope.reason);
  return validatePayload(cls, envelope.envelope);
};

describe('privacy events', () => {
  it('an erasure request carries nothing but its id and a 64-hex keyed hash: no e-mail address, name or phone', () => {
    const raw = sample('privacy.ErasureRequested.v1.json') as { payload: Record<string, unknown> };
    expect(Object.keys(raw.payload).sort()).toEqual(['erasureId', 'subjectHash']);
    expect(raw.payload.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(raw)).not.toMatch(/@/);
  });

  it('refuses an e-mail address (or any other text) where the subject hash belongs', () => {
    const refused = payloadOf(ErasureRequestedV1, { erasureId: 'e1a5e000-0000-4000-8000-000000000001', subjectHash: 'jan.jansen@example.org' });
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining('subjectHash') });
    const upper = payloadOf(ErasureRequestedV1, { erasureId: 'e1a5e000-0000-4000-8000-000000000001', subjectHash: 'A'.repeat(64) });
    expect(upper.ok).toBe(false);
  });

  it('a completion counts kinds with whole numbers ≥ 0 and names one of the services that hold personal data', () => {
    const base = { erasureId: 'e1a5e000-0000-4000-8000-000000000001', service: 'comments' };
    expect(payloadOf(ErasureCompletedV1, { ...base, erased: { responses: 2, mails: 0 } }).ok).toBe(true);
    expect(payloadOf(ErasureCompletedV1, { ...base, erased: {} }).ok).toBe(true);
    expect(payloadOf(ErasureCompletedV1, { ...base, erased: { responses: -1 } }).ok).toBe(false);
    expect(payloadOf(ErasureCompletedV1, { ...base, erased: { responses: 1.5 } }).ok).toBe(false);
    expect(payloadOf(ErasureCompletedV1, { ...base, erased: { 'jan@example.org': 1 } }).ok).toBe(false);
    expect(payloadOf(ErasureCompletedV1, { ...base, erased: [1] }).ok).toBe(false);
    expect(payloadOf(ErasureCompletedV1, { ...base, service: 'proposals', erased: {} }).ok).toBe(false);
  });
});
