import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { ReviewEnv } from '../../src/config/review.env';

/** A bearer token of the local development issuer for a role. */
export const tokenFor = (env: ReviewEnv, role: StaffRole, sub = `${role}-1`): string =>
  `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub, roles: [role] })}`;
