import { formatDuration, renderProgress } from './progress';

describe('the seed progress line', () => {
  it('shows the bar, the counts, the share, the rate of this run and the time left', () => {
    expect(renderProgress({ label: 'reports', done: 48_000, total: 120_000, doneHere: 40_000, seconds: 50 }, 10)).toBe(
      'reports    [####......] 48 000/120 000  40%  800/s  ETA 1m30s',
    );
  });

  it('says nothing about time left before anything is done, and zero when all is', () => {
    expect(renderProgress({ label: 'responses', done: 0, total: 10, doneHere: 0, seconds: 0 }, 4)).toBe('responses  [....] 0/10   0%  0/s  ETA —');
    expect(renderProgress({ label: 'proposals', done: 5, total: 5, doneHere: 5, seconds: 2 }, 4)).toBe('proposals  [####] 5/5 100%  3/s  ETA 0s');
  });

  it('writes durations as hours and minutes, or minutes and seconds', () => {
    expect([formatDuration(59), formatDuration(61), formatDuration(3 * 3600 + 7 * 60)]).toEqual(['59s', '1m01s', '3h07m']);
  });
});
