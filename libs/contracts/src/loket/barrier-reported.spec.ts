import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { validateEnvelope, validatePayload } from '../event-validation';
import { BarrierReportedV3 } from './barrier-reported.v3';

const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'samples', 'loket.BarrierReported.v3.json'), 'utf8')) as { payload: Record<string, unknown> };
const withRegulation = (regulation: unknown) => {
  const envelope = validateEnvelope({ ...sample, payload: { ...sample.payload, regulation } });
  if (!envelope.ok) throw new Error(envelope.reason);
  return validatePayload(BarrierReportedV3, envelope.envelope);
};

describe('loket.BarrierReported v3', () => {
  it('cites the regulation by BWB id and article only: nothing the reporter typed', () => {
    expect(Object.keys(sample.payload.regulation as object).sort()).toEqual(['article', 'bwbId']);
    expect(Object.keys(sample.payload)).not.toContain('title');
  });

  it('accepts a regulation the index could not identify (no BWB id), and refuses a malformed id', () => {
    expect(withRegulation({}).ok).toBe(true);
    expect(withRegulation({ article: '33' }).ok).toBe(true);
    expect(withRegulation({ bwbId: 'Wwft' })).toEqual({ ok: false, reason: expect.stringContaining('bwbId') });
  });

  it('carries an EU act by its index key (the AVG has no BWB id), and refuses an EU id of the wrong form', () => {
    expect(withRegulation({ bwbId: 'EU-32016R0679', article: '6' }).ok).toBe(true);
    expect(withRegulation({ bwbId: 'CELEX:32016R0679' })).toEqual({ ok: false, reason: expect.stringContaining('bwbId') });
    expect(withRegulation({ bwbId: 'EU-2016/679' })).toEqual({ ok: false, reason: expect.stringContaining('bwbId') });
  });

  it('has no field for the regulation’s name: a strict reader refuses one', () => {
    const payload = { ...sample.payload, regulation: { name: 'Wet ter voorkoming van witwassen', bwbId: 'BWBR0024282' } };
    const errors = validateSync(plainToInstance(BarrierReportedV3, payload), { whitelist: true, forbidNonWhitelisted: true });
    expect(errors.flatMap((e) => (e.children ?? []).map((c) => `${e.property}.${c.property}`))).toEqual(['regulation.name']);
  });
});
