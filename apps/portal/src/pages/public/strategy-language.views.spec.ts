import { testPageContext } from '../../web/test-page-context';
import { strategyTheme } from './public-data.views';

const theme = { code: '1.1', title: 'Digitaal vaardig mkb', ambition: 'Het kabinet ondersteunt het mkb.', actions: ['Een programma verschijnt.'], track: 1, spearhead: null };

describe('a strategy theme in the page\'s language (issue 11 item 7)', () => {
  it('shows an English reader the English title and ambition, and the Dutch actions marked lang="nl" with a note', () => {
    const html = strategyTheme(testPageContext('en'), { ...theme, en: { title: 'Digitally skilled SMEs', ambition: 'The cabinet supports SMEs.' } }).value;
    expect(html).toContain('<h3 class="utrecht-heading-3">1.1 Digitally skilled SMEs</h3>');
    expect(html).toContain('<p class="utrecht-paragraph">The cabinet supports SMEs.</p>');
    expect(html).toContain('The actions are only available in Dutch.');
    expect(html).toContain('<ul class="utrecht-unordered-list" lang="nl"><li class="utrecht-unordered-list__item">Een programma verschijnt.</li></ul>');
  });

  it('shows the Dutch marked lang="nl" with "(only available in Dutch)" where a theme has no English', () => {
    const html = strategyTheme(testPageContext('en'), theme).value;
    expect(html).toContain('<h3 class="utrecht-heading-3">1.1 <span lang="nl">Digitaal vaardig mkb</span> <span class="pb-lang-note">(only available in Dutch)</span></h3>');
    expect(html).toContain('<p class="utrecht-paragraph"><span lang="nl">Het kabinet ondersteunt het mkb.</span> <span class="pb-lang-note">(only available in Dutch)</span></p>');
  });

  it('shows a Dutch reader the Dutch, unmarked', () => {
    const html = strategyTheme(testPageContext('nl'), { ...theme, en: { title: 'Digitally skilled SMEs', ambition: 'The cabinet supports SMEs.', actions: ['A programme appears.'] } }).value;
    expect(html).toContain('<h3 class="utrecht-heading-3">1.1 Digitaal vaardig mkb</h3>');
    expect(html).not.toContain('lang="nl"');
    expect(html).not.toContain('SMEs');
    expect(html).toContain('Een programma verschijnt.');
  });
});
