import { keysetPage } from '@pb/kernel';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PageQueryDto, decodeCursor, encodeCursor, nextLink, pageRequest, pageResponse } from './pagination';
import { toFieldErrors } from './request-validation';

const OPTIONS = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'uuid'] } as const;
class ListQuery extends PageQueryDto(OPTIONS) {}
const AT = '2026-03-01T10:00:00.123456Z';
const ID = '0b0e8c1e-3c5a-4a57-9d7e-0f6c8d1b2a39';

function errorsOf(query: object, lang: 'nl' | 'en' = 'nl') {
  const dto = plainToInstance(ListQuery, query);
  return { dto, errors: toFieldErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }), lang) };
}

describe('page parameters', () => {
  it('takes the default limit and no cursor when none are given', () => {
    const { dto, errors } = errorsOf({});
    expect(errors).toEqual([]);
    expect(pageRequest(dto, OPTIONS)).toEqual({ limit: 20, after: null });
  });

  it('refuses a limit over the maximum, under 1 or not a whole number, naming the field', () => {
    expect(errorsOf({ limit: '101' }).errors).toEqual([{ field: 'limit', message: 'Vul 100 of minder in.' }]);
    expect(errorsOf({ limit: '0' }, 'en').errors).toEqual([{ field: 'limit', message: 'Enter 1 or more.' }]);
    expect(errorsOf({ limit: 'ten' }).errors).toEqual([{ field: 'limit', message: 'Vul een geheel getal in.' }]);
    expect(errorsOf({ limit: '100' }).errors).toEqual([]);
  });

  it('round-trips a cursor and refuses one that is not of this list', () => {
    const token = encodeCursor([AT, ID]);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const { dto, errors } = errorsOf({ cursor: token, limit: '5' });
    expect(errors).toEqual([]);
    expect(pageRequest(dto, OPTIONS)).toEqual({ limit: 5, after: [AT, ID] });
    for (const bad of [encodeCursor([ID, AT]), encodeCursor([AT]), encodeCursor(['2026-03-01 10:00:00', ID]), encodeCursor([AT, `${ID}' OR 1=1`]), 'not json!', 'e30', 'x'.repeat(3000)]) {
      expect(decodeCursor(bad, OPTIONS.key)).toBeNull();
      expect(errorsOf({ cursor: bad }).errors).toEqual([{ field: 'cursor', message: 'Deze cursor is ongeldig: gebruik de link next van de vorige pagina.' }]);
    }
    expect(decodeCursor(encodeCursor([3, 'x']), ['int', 'text'])).toEqual([3, 'x']);
    expect(decodeCursor(encodeCursor([3.5, 'x']), ['int', 'text'])).toBeNull();
  });

  it('links the next page with the same path and filters, the cursor replaced', () => {
    const link = nextLink({ originalUrl: '/api/proposals?status=open&limit=2&cursor=old' }, [AT, ID]);
    const url = new URL(link!, 'http://x');
    expect(url.pathname).toBe('/api/proposals');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'open', limit: '2', cursor: encodeCursor([AT, ID]) });
    expect(nextLink({ originalUrl: '/api/proposals' }, null)).toBeNull();
  });

  it('asks one row more than shown to know whether a next page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    expect(keysetPage(rows, 2, (r) => [r.n], (r) => r.n * 10)).toEqual({ items: [10, 20], nextKey: [2] });
    expect(keysetPage(rows, 3, (r) => [r.n], (r) => r.n)).toEqual({ items: [1, 2, 3], nextKey: null });
    expect(pageResponse({ originalUrl: '/a?limit=2' }, { items: ['x'], nextKey: [7] })).toEqual({ items: ['x'], next: `/a?limit=2&cursor=${encodeCursor([7])}` });
  });
});
