import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Transform, Type, plainToInstance } from 'class-transformer';
import { IsInt, IsString, MaxLength, Min, Validate, ValidateNested, ValidatorConstraint, ValidatorConstraintInterface, validateSync } from 'class-validator';
import { compiledCheck } from './compiled-validation';
import { EventEnvelope } from './envelope';
import { EVENT_CATALOGUE } from './event-catalogue';
import { validateEnvelope, validatePayload } from './event-validation';

/** class-validator's verdict, as event validation asked for it before the compiled check (it throws on null or undefined). */
const classValidatorPasses = (cls: new () => object, plain: unknown): boolean => {
  try {
    return validateSync(plainToInstance(cls, plain) as object, { forbidUnknownValues: true }).length === 0;
  } catch {
    return false;
  }
};

const SAMPLES_DIR = join(__dirname, '..', 'samples');
const samples = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const raw = JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8')) as { type: string; version: number; payload: unknown };
    const cls = EVENT_CATALOGUE.find((c) => c.type === raw.type && c.version === raw.version)!;
    return { file, raw, cls: cls as unknown as new () => object };
  });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value, as a list of keys and indexes from the root. */
function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

const REMOVE = Symbol('remove');
/** What a broken or hostile producer might put anywhere: wrong types, edges of ranges, wrong formats. */
const REPLACEMENTS: Array<Json | typeof REMOVE> = [
  REMOVE, null, true, 0, -1, 1.5, 2 ** 31, '', 'x', 'x'.repeat(5001), [], [null], ['x'], {}, { a: 1 }, [{}],
  '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '2026-13-45T00:00:00Z', '2026-12-02T10:00:00.000Z', 'loket.BarrierReported',
];

/** A copy of `root` with the value at `path` replaced (or removed, from an object or array). */
function mutate(root: Json, path: Array<string | number>, replacement: Json | typeof REMOVE): Json | undefined {
  if (!path.length) return replacement === REMOVE ? undefined : replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (replacement !== REMOVE) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

describe('compiledCheck (a fast yes for validateSync(plainToInstance(cls, plain)))', () => {
  it('compiles the envelope and every event class in the catalogue, and passes every golden sample', () => {
    const envelope = compiledCheck(EventEnvelope)!;
    const refused = samples.filter(({ raw, cls }) => !envelope(raw) || !compiledCheck(cls)?.(raw.payload)).map((s) => s.file);
    expect(samples.length).toBe(EVENT_CATALOGUE.length);
    expect(refused).toEqual([]);
  });

  it("gives class-validator's verdict on every broken variant of every sample, payload and envelope", () => {
    const disagreements: string[] = [];
    let variants = 0;
    let refused = 0;
    for (const { file, raw, cls } of samples) {
      const targets: Array<[string, new () => object, Json]> = [
        ['payload', cls, raw.payload as Json],
        ['envelope', EventEnvelope as new () => object, { ...raw, payload: {} } as unknown as Json],
      ];
      for (const [what, target, root] of targets) {
        const check = compiledCheck(target)!;
        for (const path of paths(root)) {
          for (const replacement of REPLACEMENTS) {
            const variant = mutate(root, path, replacement);
            const expected = classValidatorPasses(target, variant);
            variants++;
            if (!expected) refused++;
            if (check(variant) !== expected) {
              disagreements.push(`${file} ${what}.${path.join('.')} = ${JSON.stringify(replacement === REMOVE ? '(removed)' : replacement)?.slice(0, 40)}: class-validator ${expected}`);
            }
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    // The variants are a real test: most break a rule, and some still pass (optional fields, extras).
    expect(refused).toBeGreaterThan(variants / 2);
    expect(refused).toBeLessThan(variants);
  });

  it('lets event validation hand a passing payload on as the plain JSON, and still explains a failing one', () => {
    const { raw, cls } = samples[0];
    const envelope = validateEnvelope(raw);
    if (!envelope.ok) throw new Error(envelope.reason);
    const passed = validatePayload(cls as never, envelope.envelope);
    expect(passed.ok && passed.envelope.payload).toBe(raw.payload);
    const broken = validateEnvelope({ ...raw, eventId: 'nope' });
    expect(broken).toEqual({ ok: false, reason: expect.stringContaining('eventId: isUuid') });
  });

  describe('on classes it cannot model exactly', () => {
    it('compiles nothing for a class whose values class-transformer would change', () => {
      class Converted {
        @Transform(({ value }) => String(value).trim())
        @IsString()
        name!: string;
      }
      expect(compiledCheck(Converted)).toBeNull();
      // class-validator still decides: the trimmed value passes.
      expect(classValidatorPasses(Converted, { name: '  x  ' })).toBe(true);
    });

    it('compiles nothing for a nested value without a class to build (class-validator refuses it as unknown)', () => {
      class Untyped {
        @ValidateNested()
        part!: object;
      }
      expect(compiledCheck(Untyped)).toBeNull();
      expect(classValidatorPasses(Untyped, { part: {} })).toBe(false);
    });

    it('answers false, never true, for a constraint that returns a promise', () => {
      @ValidatorConstraint({ name: 'later' })
      class Later implements ValidatorConstraintInterface {
        validate(): Promise<boolean> {
          return Promise.resolve(false);
        }
      }
      class Promised {
        @Validate(Later)
        value!: string;
      }
      expect(compiledCheck(Promised)!({ value: 'x' })).toBe(false);
    });

    it('sees a rule registered after the class was first checked', () => {
      class Part {
        @IsInt()
        n!: number;
      }
      class Whole {
        @ValidateNested()
        @Type(() => Part)
        part!: Part;
      }
      expect(compiledCheck(Whole)!({ part: { n: -5 } })).toBe(true);
      Min(0)(Part.prototype, 'n');
      expect(compiledCheck(Whole)!({ part: { n: -5 } })).toBe(false);
      expect(classValidatorPasses(Whole, { part: { n: -5 } })).toBe(false);
    });

    it('checks each item of a nested list, and refuses a list item that is not an object', () => {
      class Item {
        @IsString()
        @MaxLength(3)
        code!: string;
      }
      class List {
        @ValidateNested({ each: true })
        @Type(() => Item)
        items!: Item[];
      }
      const check = compiledCheck(List)!;
      for (const value of [{ items: [{ code: 'abc' }] }, { items: [{ code: 'abcd' }] }, { items: ['abc'] }, { items: [null] }, { items: [] }, {}, { items: 'abc' }]) {
        expect([JSON.stringify(value), check(value)]).toEqual([JSON.stringify(value), classValidatorPasses(List, value)]);
      }
    });
  });
});
