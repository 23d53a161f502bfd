import { isTransactionConflict } from './transaction-conflict';

describe('isTransactionConflict', () => {
  it('knows a deadlock and a serialization failure, also wrapped by TypeORM', () => {
    expect(isTransactionConflict({ code: '40P01' })).toBe(true);
    expect(isTransactionConflict({ code: '40001' })).toBe(true);
    expect(isTransactionConflict({ name: 'QueryFailedError', driverError: { code: '40P01' } })).toBe(true);
  });

  it('is not fooled by other errors', () => {
    expect(isTransactionConflict({ code: '23505' })).toBe(false); // unique violation: the work's own fault
    expect(isTransactionConflict(new Error('deadlock'))).toBe(false);
    expect(isTransactionConflict(null)).toBe(false);
  });
});
