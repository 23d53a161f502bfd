import 'reflect-metadata';
import { IsOptional, IsString } from 'class-validator';
import { CommonEnv } from './common-env';
import { validateEnv } from './validate-env';

class SampleEnv extends CommonEnv {
  @IsOptional()
  @IsString()
  SAMPLE_OPTIONAL?: string;
}

describe('validateEnv', () => {
  it('reads optional variables without a default (own and inherited), and leaves them undefined when unset', () => {
    const env = validateEnv(SampleEnv, { SAMPLE_OPTIONAL: 'yes', JWT_JWKS_URL: 'https://idp.example/jwks' } as NodeJS.ProcessEnv);
    expect(env.SAMPLE_OPTIONAL).toBe('yes');
    expect(env.JWT_JWKS_URL).toBe('https://idp.example/jwks');
    const bare = validateEnv(SampleEnv, {} as NodeJS.ProcessEnv);
    expect(bare.SAMPLE_OPTIONAL).toBeUndefined();
    expect(bare.JWT_JWKS_URL).toBeUndefined();
    expect(bare.JWT_ISSUER).toBe('permanent-beta-local');
  });
});
