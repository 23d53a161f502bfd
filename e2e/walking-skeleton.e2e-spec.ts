import { reportBody } from './support/report-body';

const base = () => process.env.E2E_BASE_URL!;

async function monitorCount(): Promise<number> {
  const res = await fetch(`${base()}/api/review/monitor`);
  return ((await res.json()) as { totals: { barrierReports: number } }).totals.barrierReports;
}

describe('walking skeleton through the portal origin (all services, real Kafka and PostgreSQL)', () => {
  it('answers /health once the platform is ready', async () => {
    const res = await fetch(`${base()}/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('up');
  });

  it('a report posted at the portal is counted by the review service', async () => {
    const before = await monitorCount();
    const res = await fetch(`${base()}/api/loket/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(reportBody(1)) });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBeTruthy();
    const deadline = Date.now() + 20000;
    let count = before;
    while (Date.now() < deadline && count < before + 1) {
      await new Promise((r) => setTimeout(r, 200));
      count = await monitorCount();
    }
    expect(count).toBe(before + 1);
  });

  it('bad input through the portal is a 400 problem with per-field errors', async () => {
    const res = await fetch(`${base()}/api/loket/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x' }) });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'description', 'contact']));
  });

  it('an unknown API area is a 404 problem, not a hang', async () => {
    const res = await fetch(`${base()}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
