import { ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';
import { onValidationMetadataChange } from './validation-metadata-cache';

// class-transformer's rule registry is not in its public entry point; its typings are.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

/** Whether a plain JSON value passes a class; `false` means "ask class-validator", not "invalid". */
export type CompiledCheck = (plain: unknown) => boolean;

type Ctor = abstract new (...args: never[]) => unknown;

interface Metadata {
  type: string;
  target: Ctor | string;
  propertyName: string;
  constraintCls: Ctor;
  constraints: unknown[];
  each: boolean;
  validateIf?: (object: unknown, value: unknown) => boolean;
}

interface Constraint {
  async: boolean;
  instance: { validate(value: unknown, args: ValidationArguments): unknown };
}

interface Storage {
  getTargetValidationMetadatas(target: Ctor, schema: string, always: boolean, strictGroups: boolean, groups?: string[]): Metadata[];
  groupByPropertyName(metadatas: Metadata[]): Record<string, Metadata[]>;
  getTargetValidatorConstraints(target: Ctor): Constraint[];
}

/** class-transformer's registry of @Type, @Transform, @Expose and @Exclude: target → property → rule. */
interface TransformerMaps {
  _typeMetadatas?: Map<Ctor, Map<string, { typeFunction?: (options?: unknown) => unknown; reflectedType?: unknown; options?: { discriminator?: unknown } }>>;
  _transformMetadatas?: Map<Ctor, Map<string, unknown>>;
  _exposeMetadatas?: Map<Ctor, Map<string, unknown>>;
  _excludeMetadatas?: Map<Ctor, Map<string, unknown>>;
}

type PropertyCheck = (object: Record<string, unknown>) => boolean;

/**
 * A fast yes for the common case of `validateSync(plainToInstance(cls, plain), { forbidUnknownValues: true })`.
 *
 * Consuming an event spent a quarter of its time in class-validator and class-transformer: an
 * instance copied property by property, a ValidationError object per property, the rule lists
 * grouped and filtered again on every call. The rules themselves are cheap. This walks the same
 * rules class-validator would run, taken from its own metadata storage with the same lookup and
 * run through the same constraint instances, over the plain JSON value, once per class compiled
 * into a list of property checks.
 *
 * It is conservative by construction: it answers `true` only where class-validator would report
 * no error, and `false` for anything it does not model exactly (async or promise results, rules
 * of an unknown kind, class-transformer rules other than a nested `@Type(() => Class)`, values
 * that are not plain JSON). A `false` sends the caller to class-validator, which gives the verdict
 * and the error text — so a rule this does not know costs speed, never correctness. A class it
 * cannot compile at all gets no check (`null`). The unit test compares its answers with
 * class-validator's on every golden sample and on thousands of broken variants of them.
 */
export function compiledCheck(cls: Ctor): CompiledCheck | null {
  let check = compiled.get(cls);
  if (check === undefined) {
    check = compileClass(cls, '') ?? null;
    compiled.set(cls, check);
  }
  return check;
}

let compiled = new Map<Ctor, CompiledCheck | null>();
onValidationMetadataChange(() => (compiled = new Map()));
const transformerAdd = defaultMetadataStorage as unknown as Record<string, (m: unknown) => void>;
for (const method of ['addTypeMetadata', 'addTransformMetadata', 'addExposeMetadata', 'addExcludeMetadata']) {
  const add = transformerAdd[method].bind(defaultMetadataStorage);
  transformerAdd[method] = (m: unknown) => {
    compiled = new Map();
    add(m);
  };
}

/** An object as JSON.parse makes it (of any realm: Jest runs tests in a vm context), not an array or a class instance. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
};

const isPromiseLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** The class itself and every class it extends, as class-transformer's lookups see them. */
const lineage = (cls: Ctor): Ctor[] => {
  const line: Ctor[] = [];
  for (let c: unknown = cls; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) line.push(c as Ctor);
  return line;
};

/**
 * The nested classes class-transformer would build for `cls`'s properties, or null when it would
 * do anything else to a plain value (convert it, drop or rename a property, pick a class by the
 * value): then the instance class-validator sees is not the plain value, and nothing is compiled.
 */
function nestedTypes(cls: Ctor): Map<string, Ctor> | null {
  const maps = defaultMetadataStorage as unknown as TransformerMaps;
  if (!maps._typeMetadatas || !maps._transformMetadatas || !maps._exposeMetadatas || !maps._excludeMetadatas) return null;
  const types = new Map<string, Ctor>();
  // Nearest class first, as class-transformer finds a property's rule.
  for (const c of lineage(cls)) {
    if (maps._transformMetadatas.get(c)?.size || maps._exposeMetadatas.get(c)?.size || maps._excludeMetadatas.get(c)?.size) return null;
    for (const [property, rule] of maps._typeMetadatas.get(c) ?? []) {
      if (types.has(property)) continue;
      // Only `@Type(() => SomeClass)`: a type function that reads its options depends on the value.
      if (rule.options?.discriminator || !rule.typeFunction || rule.typeFunction.length > 0) return null;
      const type = rule.typeFunction();
      if (typeof type !== 'function' || [String, Number, Boolean, Date, Array, Object, Map, Set, Buffer].includes(type as never)) return null;
      if (rule.reflectedType === Map || rule.reflectedType === Set) return null;
      types.set(property, type as Ctor);
    }
  }
  return types;
}

function compileClass(cls: Ctor, schema: string): CompiledCheck | undefined {
  const storage = getMetadataStorage() as unknown as Storage;
  // The same lookup, with the same arguments, as ValidationExecutor.execute under validateSync's defaults.
  const metadatas = storage.getTargetValidationMetadatas(cls, schema, false, false, undefined);
  // No rules at all: forbidUnknownValues makes that an error; class-validator says so in its words.
  if (!metadatas.length) return undefined;
  const types = nestedTypes(cls);
  if (!types) return undefined;
  const properties: PropertyCheck[] = [];
  for (const [property, rules] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const check = compileProperty(cls, property, rules, types, storage);
    if (!check) return undefined;
    properties.push(check);
  }
  return (plain) => {
    if (!isPlainObject(plain)) return false;
    for (const check of properties) if (!check(plain)) return false;
    return true;
  };
}

function compileProperty(cls: Ctor, property: string, rules: Metadata[], types: Map<string, Ctor>, storage: Storage): PropertyCheck | undefined {
  const conditions: Metadata[] = [];
  const values: Array<(object: Record<string, unknown>, value: unknown) => boolean> = [];
  const defined: typeof values = [];
  for (const rule of rules) {
    switch (rule.type) {
      case ValidationTypes.CONDITIONAL_VALIDATION:
        conditions.push(rule);
        break;
      case ValidationTypes.IS_DEFINED:
      case ValidationTypes.CUSTOM_VALIDATION: {
        const check = compileCustom(cls, rule, storage);
        (rule.type === ValidationTypes.IS_DEFINED ? defined : values).push(check);
        break;
      }
      case ValidationTypes.NESTED_VALIDATION: {
        const type = types.get(property);
        const schema = typeof rule.target === 'string' ? rule.target : rule.target.name;
        const nested = type && compileClass(type, schema);
        if (!nested) return undefined;
        values.push((_, value) => nestedPasses(value, nested));
        break;
      }
      case ValidationTypes.WHITELIST:
        break; // only read with the whitelist option, which event validation does not use
      default:
        return undefined; // promise validation and anything newer: class-validator decides
    }
  }
  // As performValidations: a condition that fails (IsOptional on null or undefined) skips every
  // other rule of the property, IsDefined included.
  return (object) => {
    const value = object[property];
    for (const condition of conditions) if (!(condition.constraints[0] as (o: unknown, v: unknown) => boolean)(object, value)) return true;
    for (const check of defined) if (!check(object, value)) return false;
    for (const check of values) if (!check(object, value)) return false;
    return true;
  };
}

function compileCustom(cls: Ctor, rule: Metadata, storage: Storage): (object: Record<string, unknown>, value: unknown) => boolean {
  // validateSync skips async constraints entirely (ignoreAsyncValidations).
  const constraints = storage.getTargetValidatorConstraints(rule.constraintCls).filter((c) => !c.async);
  const passes = (result: unknown): boolean => !isPromiseLike(result) && Boolean(result);
  return (object, value) => {
    if (rule.validateIf && !rule.validateIf(object, value)) return true;
    const args: ValidationArguments = { targetName: cls.name, property: rule.propertyName, object, value, constraints: rule.constraints };
    for (const { instance } of constraints) {
      if (!rule.each || !Array.isArray(value)) {
        if (!passes(instance.validate(value, args))) return false;
      } else {
        for (const item of value) if (!passes(instance.validate(item, args))) return false;
      }
    }
    return true;
  };
}

/** nestedValidations: undefined passes; an object is its class's rules; an array, each item; anything else fails. */
function nestedPasses(value: unknown, nested: CompiledCheck): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.every((item) => nestedPasses(item, nested));
  return nested(value);
}
