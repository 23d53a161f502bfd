import { isIP } from 'node:net';
import { registerDecorator, ValidateIf, ValidationArguments } from 'class-validator';

/**
 * The rules that make a production start fail closed. Every app's env schema declares its secrets
 * and its production-only requirements with these decorators; validateEnv then refuses to start with
 * one line per setting. Outside production (npm start = development, the test tiers = test) they
 * check nothing, so a fresh checkout runs with no setting at all.
 */

export const MIN_SECRET_BYTES = 32;
const HOW_TO_MAKE_A_SECRET = `a random value of at least ${MIN_SECRET_BYTES} bytes, e.g. \`openssl rand -base64 48\``;

/** Constraint names of the production rules: validateEnv shows only these when one of them fails. */
export const PRODUCTION_CONSTRAINTS = new Set(['productionSecret', 'requiredInProduction', 'productionValue']);

const secretsByClass = new WeakMap<object, Set<string>>();

/** The settings declared as secrets on a schema (and the schemas it extends): their values are never printed. */
export function secretSettings(schema: abstract new () => object): Set<string> {
  const names = new Set<string>();
  for (let proto: object | null = schema.prototype as object; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of secretsByClass.get(proto) ?? []) names.add(name);
  }
  return names;
}

function isProduction(args: ValidationArguments): boolean {
  return (args.object as { NODE_ENV?: unknown }).NODE_ENV === 'production';
}

/** The schema's own field initialiser for a setting: its development default. */
function developmentDefault(args: ValidationArguments): unknown {
  const schema = (args.object as object).constructor as new () => Record<string, unknown>;
  return new schema()[args.property];
}

/** Why a secret is unfit for production, or undefined when it is fine. */
export function secretProblem(name: string, value: unknown, developmentValue: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return `${name} is not set: production needs ${HOW_TO_MAKE_A_SECRET}`;
  if (value === developmentValue) return `${name} is not set or still its development default (public in the repository): production needs ${HOW_TO_MAKE_A_SECRET}`;
  if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) return `${name} is shorter than ${MIN_SECRET_BYTES} bytes: production needs ${HOW_TO_MAKE_A_SECRET}`;
  return undefined;
}

/**
 * A secret the app uses. In production it must be set, differ from its development default and be
 * at least 32 bytes long. An optional secret (no initialiser, with @IsOptional) is checked only when
 * set. Its value never appears in an error message.
 */
export function ProductionSecret(): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    const own = secretsByClass.get(target) ?? new Set<string>();
    own.add(name);
    secretsByClass.set(target, own);
    registerDecorator({
      name: 'productionSecret',
      target: target.constructor,
      propertyName: name,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => !isProduction(args) || secretProblem(name, value, developmentDefault(args)) === undefined,
        defaultMessage: (args: ValidationArguments) => secretProblem(name, args.value, developmentDefault(args)) ?? `${name} is not a usable secret`,
      },
    });
  };
}

/**
 * A setting that may be left out in development but must be set in production (e.g. the JWKS of the
 * identity provider). Use it instead of @IsOptional: the setting's other rules apply whenever it is
 * set, and in production it is validated even when unset.
 */
export function RequiredInProduction(why: string): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    ValidateIf((o: Record<string, unknown>) => o.NODE_ENV === 'production' || (o[name] !== undefined && o[name] !== null))(target, propertyName);
    registerDecorator({
      name: 'requiredInProduction',
      target: target.constructor,
      propertyName: name,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => !isProduction(args) || (value !== undefined && value !== null && value !== ''),
        defaultMessage: () => `${name} is not set: production needs it (${why})`,
      },
    });
  };
}

/** A switch whose value production dictates (DEV_LOGIN off, COOKIE_SECURE on). */
export function ProductionValue(expected: boolean, why: string): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    registerDecorator({
      name: 'productionValue',
      target: target.constructor,
      propertyName: name,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => !isProduction(args) || value === expected,
        defaultMessage: () => `${name} must be ${String(expected)} in production (${why})`,
      },
    });
  };
}

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * The proxies whose X-Forwarded-For is believed (Express `trust proxy`): a comma-separated list of
 * addresses, CIDR ranges and the names loopback, linklocal, uniquelocal. Never `true` or a hop count:
 * trusting every hop lets any client choose the address its rate limits are counted against.
 */
export function parseTrustProxy(value: string): string[] | undefined {
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (!entries.length) return undefined;
  for (const entry of entries) {
    if (NAMED_RANGES.has(entry)) continue;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    if (!family || extra !== undefined) return undefined;
    if (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128))) return undefined;
  }
  return entries;
}

export function IsTrustProxyList(): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    registerDecorator({
      name: 'isTrustProxyList',
      target: target.constructor,
      propertyName: name,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseTrustProxy(value) !== undefined,
        defaultMessage: () => `${name} must be a comma-separated list of IP addresses, CIDR ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal`,
      },
    });
  };
}

/** METRICS_ALLOWED: empty, or addresses and CIDR ranges (no named ranges: name the network itself). */
export function IsMetricsNetworkList(): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    registerDecorator({
      name: 'isMetricsNetworkList',
      target: target.constructor,
      propertyName: name,
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          if (value.trim() === '') return true;
          const entries = parseTrustProxy(value);
          return entries !== undefined && entries.every((e) => !NAMED_RANGES.has(e));
        },
        defaultMessage: () => `${name} must be empty or a comma-separated list of IP addresses and CIDR ranges (10.0.0.0/8)`,
      },
    });
  };
}
