import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';

export class InvalidEnvironmentError extends Error {}

/**
 * Reads the process environment into a class-validator schema (defaults are the class's field
 * initialisers) and refuses to start with one line per bad variable.
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
    const lines = errors.map((e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return config;
}
