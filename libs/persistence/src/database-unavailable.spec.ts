import { isDatabaseUnavailable } from './database-unavailable';
import { DEFAULT_POOL_SETTINGS, serviceDataSourceOptions } from './typeorm-options';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['admin shutdown (a restart)', pgError('57P01', 'terminating connection due to administrator command')],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['statement timeout', pgError('57014', 'canceling statement due to statement timeout')],
    ['connection failure', pgError('08006')],
    ['too many connections', pgError('53300')],
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5433')],
    ['a broken connection', new Error('Connection terminated unexpectedly')],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: pgError('57P01') })],
  ])('%s: yes', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', pgError('42601')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['nothing', undefined],
  ])('%s: no', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('serviceDataSourceOptions', () => {
  it('passes pool size and the three timeouts to the pg pool', () => {
    const options = serviceDataSourceOptions({ url: 'postgres://x', entities: [], migrations: [], pool: { DB_POOL_MAX: 7, DB_CONNECT_TIMEOUT_MS: 1234, DB_STATEMENT_TIMEOUT_MS: 5678, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 9012 } });
    expect((options as { extra: object }).extra).toMatchObject({ max: 7, connectionTimeoutMillis: 1234, statement_timeout: 5678, idle_in_transaction_session_timeout: 9012 });
  });

  it('has bounded defaults', () => {
    const extra = (serviceDataSourceOptions({ url: 'postgres://x', entities: [], migrations: [] }) as { extra: Record<string, number> }).extra;
    expect(extra).toMatchObject({ max: DEFAULT_POOL_SETTINGS.DB_POOL_MAX, connectionTimeoutMillis: 5000, statement_timeout: 30000, idle_in_transaction_session_timeout: 60000 });
  });
});
