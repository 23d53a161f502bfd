import { InvalidEnvironmentError, validateEnv } from '@pb/config';

/** A secret fit for production: ≥ 32 bytes, not a development default. */
export const productionSecret = (name: string): string => `${name.toLowerCase()}-0123456789abcdefghijklmnopqrstuv`;

/** The settings every app needs in production (libs/config CommonEnv), plus the app's own. */
export function productionEnv(own: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    PSEUDONYM_SECRET: productionSecret('PSEUDONYM_SECRET'),
    METRICS_TOKEN: productionSecret('METRICS_TOKEN'),
    JWT_JWKS_URL: 'https://login.example.nl/.well-known/jwks.json',
    ...own,
  } as NodeJS.ProcessEnv;
}

/** The message validateEnv refuses an environment with; fails the test when it is accepted. */
export function refusalOf<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv): string {
  try {
    validateEnv(schema, env);
  } catch (e) {
    if (e instanceof InvalidEnvironmentError) return e.message;
    throw e;
  }
  throw new Error(`${schema.name}: the environment was accepted`);
}
