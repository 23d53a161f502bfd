import { amsterdamLocalToIso, isoToAmsterdamLocal } from './amsterdam-time';

describe('Amsterdam local time', () => {
  it('adds +01:00 in winter and +02:00 in summer', () => {
    expect(amsterdamLocalToIso('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+01:00');
    expect(amsterdamLocalToIso('2027-07-01T23:59')).toBe('2027-07-01T23:59:00+02:00');
  });

  it('refuses what is not a datetime-local value', () => {
    expect(amsterdamLocalToIso('1 december')).toBeUndefined();
    expect(amsterdamLocalToIso('')).toBeUndefined();
  });

  it('shows a stored moment as Dutch wall-clock time', () => {
    expect(isoToAmsterdamLocal('2026-12-01T08:00:00Z')).toBe('2026-12-01T09:00');
    expect(isoToAmsterdamLocal('2027-07-01T21:59:00Z')).toBe('2027-07-01T23:59');
  });
});
