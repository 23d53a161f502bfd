import { cursorFrom, pageCursor, pager } from './pager';
import { testPageContext } from './test-page-context';

const ctx = testPageContext('nl');

describe('pager', () => {
  it('takes the cursor out of the API next link, and only cursor-shaped values from a page request', () => {
    expect(cursorFrom('/api/loket/register?limit=20&cursor=WyIyMDI2Il0')).toBe('WyIyMDI2Il0');
    expect(cursorFrom(null)).toBeUndefined();
    expect(pageCursor('WyIyMDI2Il0')).toBe('WyIyMDI2Il0');
    expect(pageCursor('"><script>')).toBeUndefined();
    expect(pageCursor(['a', 'b'])).toBeUndefined();
  });

  it('links the next page with the filters kept, and the first page when on a later one', () => {
    expect(pager(ctx, '/consultaties', { status: 'open' }, '/api/proposals?status=open&cursor=abc', undefined).value).toBe(
      '<nav aria-label="Paginering" class="pb-actions"><a class="utrecht-link" rel="next" href="/consultaties?status=open&amp;vanaf=abc">Volgende pagina</a></nav>',
    );
    expect(pager(ctx, '/register', {}, null, 'abc').value).toBe('<nav aria-label="Paginering" class="pb-actions"><a class="utrecht-link" href="/register">Eerste pagina</a> </nav>');
    expect(pager(ctx, '/register', {}, null, undefined).value).toBe('');
  });
});
