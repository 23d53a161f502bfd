import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { EVENT_CATALOGUE, findEventClass } from './event-catalogue';
import { validateEnvelope, validatePayload } from './event-validation';

/**
 * Golden samples: one envelope per event type and version in libs/contracts/samples, named
 * `<type>.v<version>.json`. They document the wire format and catch a schema change that would
 * break consumers still reading the old shape.
 */
const SAMPLES_DIR = join(__dirname, '..', 'samples');
const SAMPLE_NAME = /^([a-z]+\.[A-Z][A-Za-z]+)\.v(\d+)\.json$/;
const files = readdirSync(SAMPLES_DIR).filter((f) => !f.startsWith('.')).sort();
const sampleFile = (type: string, version: number): string => `${type}.v${version}.json`;

const unknownFields = (errors: ValidationError[], prefix = 'payload'): string[] =>
  errors.flatMap((e) => {
    const path = `${prefix}.${e.property}`;
    return [...(e.constraints?.whitelistValidation ? [path] : []), ...unknownFields(e.children ?? [], path)];
  });

describe('golden event samples (libs/contracts/samples)', () => {
  it('has a sample for every event type and version in EVENT_CATALOGUE', () => {
    const missing = EVENT_CATALOGUE.filter((cls) => !files.includes(sampleFile(cls.type, cls.version))).map(
      (cls) =>
        `${cls.name} (${cls.type} v${cls.version}) has no golden sample: add libs/contracts/samples/${sampleFile(cls.type, cls.version)}, ` +
        `a full envelope (eventId, type "${cls.type}", version ${cls.version}, occurredAt, aggregateId, aggregateVersion, correlationId, causationId, actor, payload) ` +
        `whose payload passes ${cls.name}; copy another sample as a start`,
    );
    expect(missing).toEqual([]);
  });

  it('names every file <type>.v<version>.json', () => {
    expect(files.filter((f) => !SAMPLE_NAME.test(f))).toEqual([]);
  });

  describe.each(files.filter((f) => SAMPLE_NAME.test(f)))('%s', (file) => {
    const [, type, version] = SAMPLE_NAME.exec(file)!;
    const raw: unknown = JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8'));

    it('is a valid envelope of the type and version its name says', () => {
      const checked = validateEnvelope(raw);
      if (!checked.ok) throw new Error(`${file}: ${checked.reason}`);
      expect({ type: checked.envelope.type, version: checked.envelope.version }).toEqual({ type, version: Number(version) });
    });

    it('belongs to an event class in EVENT_CATALOGUE and its payload passes that class', () => {
      const cls = findEventClass(type, Number(version));
      if (!cls) throw new Error(`${file}: no ${type} v${version} in EVENT_CATALOGUE; add the class to its area's index.ts or remove the sample`);
      const checked = validateEnvelope(raw);
      if (!checked.ok) throw new Error(`${file}: ${checked.reason}`);
      const withPayload = validatePayload(cls, checked.envelope);
      if (!withPayload.ok) throw new Error(`${file}: ${withPayload.reason}`);
      // Consumers read tolerantly, but a golden sample must not carry fields the schema lacks (a
      // misspelt optional field would otherwise pass unnoticed).
      const strict = validateSync(plainToInstance(cls, checked.envelope.payload), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
      expect(unknownFields(strict)).toEqual([]);
    });

    it('carries no e-mail address or phone number', () => {
      const text = JSON.stringify(raw);
      expect(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []).toEqual([]);
      expect(text.match(/(\+31|\b0)[\s-]?[1-9](?:[\s-]?\d){8}\b/g) ?? []).toEqual([]);
    });
  });
});
