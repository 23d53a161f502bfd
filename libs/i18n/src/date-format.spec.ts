import { dateFormat } from './date-format';

describe('dateFormat', () => {
  const at = new Date('2026-12-15T23:30:00Z'); // 16 December in Amsterdam

  it('writes a date in the reader’s language on the Amsterdam clock, as toLocaleString would', () => {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' };
    expect(dateFormat('nl', options).format(at)).toBe('16 december 2026');
    expect(dateFormat('en', options).format(at)).toBe('16 December 2026');
    expect(dateFormat('nl', options).format(at)).toBe(at.toLocaleString('nl-NL', options));
  });

  it('keeps one formatter per language and options', () => {
    const a = dateFormat('nl', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    expect(dateFormat('nl', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })).toBe(a);
    expect(dateFormat('en', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })).not.toBe(a);
    expect(dateFormat('nl', { dateStyle: 'short', timeZone: 'Europe/Amsterdam' })).not.toBe(a);
  });
});
