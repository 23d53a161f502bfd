import { parsePeriod, yearOf } from './indicator-period';

describe('indicator periods', () => {
  it.each([
    ['2019JJ00', '2019'],
    ['2019KW01', '2019-Q1'],
    ['2019KW04', '2019-Q4'],
    ['2019MM03', '2019-03'],
    ['2019MM12', '2019-12'],
    ['2019', '2019'],
    [' 2019 ', '2019'],
    ['2019-Q2', '2019-Q2'],
    ['2019 q3', '2019-Q3'],
    ['2019-3', '2019-03'],
    ['2019-11', '2019-11'],
  ])('reads %j as %j', (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });

  it.each(['', '19', '2019KW05', '2019MM13', '2019-13', '2019-Q5', 'vorig jaar', '2019JJ01'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('knows the year a period falls in', () => {
    expect(yearOf('2019-Q3')).toBe(2019);
    expect(yearOf('2021-03')).toBe(2021);
  });
});
