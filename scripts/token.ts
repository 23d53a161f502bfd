import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { STAFF_ROLES, StaffRole, signDevelopmentToken } from '../libs/auth/src';
import { validateEnv, CommonEnv } from '../libs/config/src';

/**
 * The local development issuer: prints one signed JWT alone on stdout (scripts and tests rely on it).
 *   npm run --silent token -- --role official --department EZ [--name "A. Behandelaar"] [--sub id] [--hours 8]
 *   npm run --silent token -- --role intake        (the loket's front office: every report, no department)
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      department: { type: 'string' },
      name: { type: 'string' },
      sub: { type: 'string' },
      hours: { type: 'string', default: '8' },
    },
  });
  const roles = (values.role ?? []) as string[];
  if (!roles.length || roles.some((r) => !STAFF_ROLES.includes(r as StaffRole))) {
    process.stderr.write(`usage: npm run --silent token -- --role <${STAFF_ROLES.join('|')}> [--role …] [--department EZ] [--name "…"]\n`);
    process.exit(2);
  }
  if (process.env.NODE_ENV === 'production') {
    // Production accepts only the identity provider's tokens (JWT_JWKS_URL): an HS256 token would be refused anyway.
    process.stderr.write('npm run token is the development issuer: it does not exist with NODE_ENV=production\n');
    process.exit(2);
  }
  const env = validateEnv(CommonEnv);
  const token = signDevelopmentToken(
    { secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
    { sub: values.sub ?? `dev-${roles[0]}-${randomUUID().slice(0, 8)}`, roles: roles as StaffRole[], department: values.department, name: values.name },
    Number(values.hours) * 3600,
  );
  process.stdout.write(`${token}\n`);
}

main();
