import { testPageContext } from '../../web/test-page-context';
import { trendCharts } from './monitor-trends.views';
import type { MonitorTrends } from '../../clients/monitor-trends.types';

const months = Array.from({ length: 24 }, (_, i) => {
  const index = 2024 * 12 + 11 + i; // 2024-12 … 2026-11
  return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, reported: i === 23 ? 7 : 1, resolved: i % 2, responses: 2 };
});
const trends: MonitorTrends = {
  months,
  years: [
    { year: 2025, reported: 12, resolved: 6, responses: 24 },
    { year: 2026, reported: 18, resolved: 6, responses: 24 },
  ],
  themes: [
    { theme: '1.4', year: 2025, reported: 3 },
    { theme: '1.4', year: 2026, reported: 5 },
    { theme: '2.1.2', year: 2026, reported: 2 },
  ],
  outcomes: [{ outcome: 'experimentation-space', year: 2026, resolved: 4 }],
  regulations: [
    { bwbId: 'BWBR0024282', reported: 9 },
    { bwbId: 'BWBR9999999', reported: 1 },
  ],
};

const tables = (page: string) => [...page.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
const rows = (table: string) => [...table.matchAll(/<tr class="utrecht-table__row">([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1]));

describe('the monitor’s trend charts', () => {
  const page = trendCharts(testPageContext('nl'), trends, new Map([['1.4', 'Digitale overheid']])).value;

  it('draws five charts, each an SVG with its name, a sentence and the data as a table', () => {
    expect(page.match(/<figure class="pb-chart">/g)).toHaveLength(5);
    expect(page.match(/<svg[^>]*role="img"/g)).toHaveLength(5);
    expect(page).toContain('In de laatste 24 maanden kwamen 30 meldingen binnen, werden er 12 afgehandeld en kwamen er 48 reacties op consultaties.');
    expect(page).toContain('Het vaakst: Wet ter voorkoming van witwassen en financieren van terrorisme, in 9 meldingen.');
  });

  it('puts exactly the figures of the data in the tables', () => {
    const [perMonth, perYear, perTheme, perOutcome, perRegulation] = tables(page).map(rows);
    expect(perMonth).toHaveLength(25);
    expect(perMonth[0]).toEqual(['Maand', 'Meldingen ontvangen', 'Meldingen afgehandeld', 'Reacties op consultaties']);
    expect(perMonth[24].slice(1)).toEqual(['7', '1', '2']);
    expect(perYear.slice(1)).toEqual([
      ['2025', '12', '6', '24'],
      ['2026', '18', '6', '24'],
    ]);
    expect(perTheme.slice(1)).toEqual([
      ['1.4 Digitale overheid', '3', '5'],
      ['2.1.2', '0', '2'],
    ]);
    expect(perOutcome.slice(1)).toEqual([['Experimenteerruimte geboden', '0', '4']]);
    expect(perRegulation.slice(1)).toEqual([
      ['Wwft', '9'],
      ['BWBR9999999', '1'],
    ]);
  });

  it('speaks English on an English page', () => {
    const en = trendCharts(testPageContext('en'), trends, new Map()).value;
    expect(en).toContain('Per month, the last 24 months');
    expect(en).toContain('Show the figures as a table');
  });
});
