import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import { PRODUCTION_CONSTRAINTS, secretSettings } from './production-rules';

export class InvalidEnvironmentError extends Error {}

/** One line per bad setting, naming it; a failed production rule is said alone (it is the one to fix). */
function describe(error: ValidationError, secrets: Set<string>): string {
  const constraints = Object.entries(error.constraints ?? {});
  const production = constraints.filter(([name]) => PRODUCTION_CONSTRAINTS.has(name));
  if (production.length) return production.map(([, message]) => message).join('; ');
  // A secret's value is never printed, not even a wrong one: logs and CI output are not secret.
  const shown = secrets.has(error.property) ? '' : `=${JSON.stringify(error.value)}`;
  return `${error.property}${shown}: ${constraints.map(([, message]) => message).join('; ')}`;
}

/**
 * Reads the process environment into a class-validator schema (defaults are the class's field
 * initialisers) and refuses to start with one line per bad setting. With NODE_ENV=production the
 * schema's production rules apply as well (production-rules.ts): no development secret, login or
 * insecure cookie gets into production.
 */
export function validateEnv<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const defaults = new schema() as Record<string, unknown>;
  const raw: Record<string, unknown> = { ...defaults };
  // Optional variables have no initialiser, so they are not own keys of `defaults`: take every
  // property the schema declares a validation rule for as well (e.g. JWT_JWKS_URL).
  const declared = new Set([...Object.keys(defaults), ...getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false).map((m) => m.propertyName)]);
  for (const key of declared) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(schema, raw, { enableImplicitConversion: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length) {
    const secrets = secretSettings(schema);
    const lines = errors.map((e) => describe(e, secrets));
    throw new InvalidEnvironmentError(lines.length === 1 ? `Invalid environment: ${lines[0]}` : `Invalid environment (${lines.length} settings):\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
  return config;
}
