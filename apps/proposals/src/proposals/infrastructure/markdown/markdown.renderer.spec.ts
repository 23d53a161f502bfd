import { renderMarkdown } from './markdown.renderer';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('# Kop\n\n*nadruk* en [link](https://www.example.nl)')).toBe(
      '<h1>Kop</h1>\n<p><em>nadruk</em> en <a href="https://www.example.nl" rel="noopener noreferrer nofollow">link</a></p>\n',
    );
  });

  it('shows raw HTML as text', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses script URLs in links and images', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) ![b](vbscript:x) [c](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/href="(javascript|vbscript|data):/);
    expect(html).not.toMatch(/src="(javascript|vbscript):/);
  });
});
