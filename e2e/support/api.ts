import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { CommonEnv, validateEnv } from '@pb/config';
import { baseUrl } from './browser';

/** One call to the public origin's API (the portal proxies /api/<service>/…), JSON in and out. */
export async function api<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; data: T }> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  return { status: res.status, data: data as T };
}

/**
 * A staff token from the development issuer, with the settings the platform was started with (the
 * e2e global setup passes process.env on to every service).
 */
export function staffToken(roles: StaffRole[], options: { department?: string; name?: string; sub?: string } = {}): string {
  const env = validateEnv(CommonEnv);
  return signDevelopmentToken(
    { secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
    { sub: options.sub ?? `e2e-${roles.join('-')}-${options.department ?? 'none'}`, roles, department: options.department, name: options.name ?? 'E2E' },
    3600,
  );
}

/**
 * Polls until `check` gives a value other than undefined/false (events travel through Kafka, so
 * what one service did shows up in another a moment later). Names what it waited for on timeout.
 */
export async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 60000, intervalMs = 1000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
