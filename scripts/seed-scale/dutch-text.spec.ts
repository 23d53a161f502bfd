import { personName, proposalTitle, reportDescription, reportTitle, responseBody } from './dutch-text';

describe('the seed\'s Dutch text', () => {
  it('is the same for the same item on every run (idempotency keys must match on a resume)', () => {
    expect(reportTitle(12345)).toBe(reportTitle(12345));
    expect(responseBody(7)).toBe(responseBody(7));
    expect(reportDescription(3)).toMatch(/\(melding 4\)$/);
  });

  it('varies between items, within the lengths the forms accept', () => {
    const titles = new Set(Array.from({ length: 200 }, (_, n) => reportTitle(n)));
    expect(titles.size).toBeGreaterThan(100);
    for (let n = 0; n < 200; n++) {
      expect(reportTitle(n).length).toBeGreaterThanOrEqual(5);
      expect(reportTitle(n).length).toBeLessThanOrEqual(200);
      expect(reportDescription(n).length).toBeGreaterThanOrEqual(20);
      expect(personName(n)).toMatch(/^[A-Z][a-z]+ [a-zA-Z ]+$/);
    }
    expect(proposalTitle(0)).toMatch(/^Voorstel 1: /);
  });
});
