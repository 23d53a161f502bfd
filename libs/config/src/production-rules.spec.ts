import 'reflect-metadata';
import { IsOptional, IsString } from 'class-validator';
import { CommonEnv } from './common-env';
import { parseTrustProxy, ProductionSecret, ProductionValue, RequiredInProduction, secretSettings } from './production-rules';
import { InvalidEnvironmentError, validateEnv } from './validate-env';
import { IsBoolean } from 'class-validator';
import { Transform } from 'class-transformer';

class SampleEnv extends CommonEnv {
  @IsString()
  @ProductionSecret()
  SAMPLE_SECRET: string = 'sample-development-secret';

  @IsOptional()
  @IsString()
  @ProductionSecret()
  SAMPLE_OPTIONAL_SECRET?: string;

  @RequiredInProduction('the sample needs it')
  @IsString()
  SAMPLE_REQUIRED?: string;

  @Transform(({ obj, key }) => obj[key] === true || obj[key] === 'true')
  @IsBoolean()
  @ProductionValue(false, 'a development switch')
  SAMPLE_SWITCH: boolean = true;
}

const strong = (tag: string) => `${tag}-${'x'.repeat(40)}`;

/** A complete production environment for SampleEnv; each test breaks one setting. */
function production(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'production',
    PSEUDONYM_SECRET: strong('pseudonym'),
    METRICS_TOKEN: strong('metrics'),
    JWT_JWKS_URL: 'https://login.example.nl/jwks',
    SAMPLE_SECRET: strong('sample'),
    SAMPLE_REQUIRED: 'set',
    SAMPLE_SWITCH: 'false',
    ...overrides,
  };
  return env as NodeJS.ProcessEnv;
}

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    validateEnv(SampleEnv, env);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidEnvironmentError);
    return (e as Error).message;
  }
  throw new Error('the environment was accepted');
}

describe('production rules (fail closed)', () => {
  it('a complete production environment is accepted', () => {
    const env = validateEnv(SampleEnv, production());
    expect(env.NODE_ENV).toBe('production');
    expect(env.SAMPLE_SECRET).toBe(strong('sample'));
    expect(env.SAMPLE_SWITCH).toBe(false);
  });

  it('development and test need no setting at all', () => {
    for (const NODE_ENV of [undefined, 'development', 'test']) {
      const env = validateEnv(SampleEnv, { NODE_ENV } as NodeJS.ProcessEnv);
      expect(env.SAMPLE_SECRET).toBe('sample-development-secret');
      expect(env.SAMPLE_REQUIRED).toBeUndefined();
      expect(env.SAMPLE_SWITCH).toBe(true);
    }
  });

  it.each([
    ['missing (left at its development default)', undefined, 'Invalid environment: SAMPLE_SECRET is not set or still its development default'],
    ['equal to its development default', 'sample-development-secret', 'Invalid environment: SAMPLE_SECRET is not set or still its development default'],
    ['shorter than 32 bytes', 'x'.repeat(31), 'Invalid environment: SAMPLE_SECRET is shorter than 32 bytes'],
  ])('refuses a secret that is %s, in one line naming it, without its value', (_, value, expected) => {
    const message = refusal(production({ SAMPLE_SECRET: value }));
    expect(message.startsWith(expected)).toBe(true);
    expect(message).toContain('openssl rand -base64 48');
    expect(message.split('\n')).toHaveLength(1);
    if (value) expect(message).not.toContain(value);
  });

  it('counts bytes, not characters: 16 two-byte characters are a 32-byte secret', () => {
    expect(validateEnv(SampleEnv, production({ SAMPLE_SECRET: 'é'.repeat(16) })).SAMPLE_SECRET).toBe('é'.repeat(16));
    expect(refusal(production({ SAMPLE_SECRET: 'é'.repeat(15) }))).toContain('SAMPLE_SECRET is shorter than 32 bytes');
  });

  it('refuses the common PSEUDONYM_SECRET at its development default', () => {
    expect(refusal(production({ PSEUDONYM_SECRET: undefined }))).toMatch(/^Invalid environment: PSEUDONYM_SECRET is not set or still its development default/);
  });

  it('checks an optional secret only when it is set', () => {
    expect(validateEnv(SampleEnv, production()).SAMPLE_OPTIONAL_SECRET).toBeUndefined();
    expect(refusal(production({ SAMPLE_OPTIONAL_SECRET: 'short' }))).toMatch(/^Invalid environment: SAMPLE_OPTIONAL_SECRET is shorter than 32 bytes/);
    expect(validateEnv(SampleEnv, production({ SAMPLE_OPTIONAL_SECRET: strong('client') })).SAMPLE_OPTIONAL_SECRET).toBe(strong('client'));
  });

  it('refuses production without the identity provider (JWT_JWKS_URL)', () => {
    expect(refusal(production({ JWT_JWKS_URL: undefined }))).toBe(
      'Invalid environment: JWT_JWKS_URL is not set: production needs it (the JWKS of the identity provider that signs staff tokens; without it only development tokens exist)',
    );
  });

  it('refuses a setting required in production when it is missing', () => {
    expect(refusal(production({ SAMPLE_REQUIRED: undefined }))).toBe('Invalid environment: SAMPLE_REQUIRED is not set: production needs it (the sample needs it)');
  });

  it('refuses a switch production dictates when it has the other value', () => {
    expect(refusal(production({ SAMPLE_SWITCH: 'true' }))).toBe('Invalid environment: SAMPLE_SWITCH must be false in production (a development switch)');
  });

  it('names every bad setting on a line of its own', () => {
    const lines = refusal(production({ SAMPLE_SECRET: undefined, JWT_JWKS_URL: undefined })).split('\n');
    expect(lines[0]).toBe('Invalid environment (2 settings):');
    expect(lines.slice(1).map((l) => l.trim().split(' ')[0]).sort()).toEqual(['JWT_JWKS_URL', 'SAMPLE_SECRET']);
  });

  it('never prints the value of a secret, not even for a rule outside production', () => {
    expect(secretSettings(SampleEnv)).toEqual(new Set(['PSEUDONYM_SECRET', 'METRICS_TOKEN', 'SAMPLE_SECRET', 'SAMPLE_OPTIONAL_SECRET']));
    class Strict extends SampleEnv {}
    const message = (() => {
      try {
        validateEnv(Strict, { SAMPLE_SECRET: undefined, PSEUDONYM_SECRET: undefined, KAFKA_PARTITIONS: '99' } as unknown as NodeJS.ProcessEnv);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toBe('Invalid environment: KAFKA_PARTITIONS=99: KAFKA_PARTITIONS must not be greater than 64');
  });
});

describe('TRUST_PROXY', () => {
  it('accepts addresses, CIDR ranges and the named ranges, and defaults to loopback', () => {
    expect(parseTrustProxy('loopback, 10.0.0.0/8 ,192.168.1.7, fd00::/8, uniquelocal')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.7', 'fd00::/8', 'uniquelocal']);
    expect(validateEnv(CommonEnv, {} as NodeJS.ProcessEnv).TRUST_PROXY).toBe('loopback');
  });

  it.each(['true', '*', '2', '10.0.0.0/33', '300.1.1.1', '10.0.0.0/8/1', 'ingress.local', ''])('refuses %j (trusting everyone or a hop count lets clients choose their address)', (value) => {
    expect(parseTrustProxy(value)).toBeUndefined();
  });

  it('refuses a bad list at start, naming the setting', () => {
    expect(() => validateEnv(CommonEnv, { TRUST_PROXY: 'true' } as NodeJS.ProcessEnv)).toThrow(/^Invalid environment: TRUST_PROXY="true": TRUST_PROXY must be a comma-separated list/);
  });
});
