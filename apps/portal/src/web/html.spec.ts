import { escapeHtml, html, query, raw } from './html';

describe('html templates', () => {
  it('escapes every interpolated value, including quotes and backticks', () => {
    expect(html`<p title="${'"x" & \'y\''}">${'<script>`1`</script>'}</p>`.value).toBe('<p title="&quot;x&quot; &amp; &#39;y&#39;">&lt;script&gt;&#96;1&#96;&lt;/script&gt;</p>');
    expect(escapeHtml(42)).toBe('42');
  });

  it('keeps nested templates and raw markup, joins arrays, and drops null, undefined and false', () => {
    const item = (s: string) => html`<li>${s}</li>`;
    expect(html`<ul>${['a', '<b>'].map(item)}</ul>${null}${undefined}${false}${raw('<hr>')}`.value).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul><hr>');
  });

  it('builds a query string from the non-empty values', () => {
    expect(query({ status: 'open', theme: '', page: 2, q: undefined })).toBe('?status=open&page=2');
    expect(query({})).toBe('');
  });
});
