import { aReportRequest } from '../factories/report-request.factory';
import { LoketTestKit } from '../support/loket-test-kit';

type Body = Record<string, unknown>;
interface FuzzCase {
  name: string;
  /** A JSON-able value, or raw bytes sent as they are. */
  body: unknown;
  raw?: Buffer | string;
  contentType?: string;
  /** Whether the body parses to a JSON object, so per-field messages are expected. */
  fieldErrors: boolean;
}

// Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced.
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function setPath(body: Body, path: string, value: unknown): Body {
  const copy = structuredClone(body);
  const parts = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) target = target[p] as Record<string, unknown>;
  if (value === undefined) delete target[parts[parts.length - 1]];
  else target[parts[parts.length - 1]] = value;
  return copy;
}

const REQUIRED = ['title', 'description', 'regulation', 'regulation.name', 'technology', 'sector', 'company', 'company.name', 'company.kvkNumber', 'company.sizeClass', 'contact', 'contact.name', 'contact.email', 'consent', 'consent.contact', 'consent.publish'];
const OPTIONAL = ['regulation.article', 'regulation.bwbId', 'impact', 'suggestedSolution', 'contact.phone'];
const STRINGS = ['title', 'description', 'regulation.name', 'regulation.article', 'impact', 'suggestedSolution', 'company.name', 'contact.name'];
const STRUCTURED = ['regulation.bwbId', 'technology', 'sector', 'company.kvkNumber', 'company.sizeClass', 'contact.email', 'contact.phone'];
const OBJECTS = ['regulation', 'company', 'contact', 'consent'];
const BOOLEANS = ['consent.contact', 'consent.publish'];

const deep = (depth: number, leaf: unknown = 'x'): unknown => {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const deepArray = (depth: number): unknown => {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

function generateCases(): FuzzCase[] {
  const valid = aReportRequest();
  const cases: FuzzCase[] = [];
  const add = (name: string, body: unknown, fieldErrors = true) => cases.push({ name, body, fieldErrors });

  // Wrong types for every field (null only where the field is required).
  const wrongTypes: Array<[string, unknown]> = [['number', 42], ['negative float', -1.5], ['boolean', true], ['empty object', {}], ['array', ['a', 'b']], ['empty array', []]];
  for (const path of [...REQUIRED, ...OPTIONAL]) {
    for (const [label, value] of wrongTypes) {
      const expectsString = !OBJECTS.includes(path) && !BOOLEANS.includes(path);
      if (BOOLEANS.includes(path) && typeof value === 'boolean') continue;
      if (OBJECTS.includes(path) && label === 'empty object') continue; // then its required members are missing: covered below
      if (expectsString || BOOLEANS.includes(path) || OBJECTS.includes(path)) add(`${path} as ${label}`, setPath(valid, path, value));
    }
    if (REQUIRED.includes(path)) {
      add(`${path} null`, setPath(valid, path, null));
      add(`${path} missing`, setPath(valid, path, undefined));
    }
  }
  // Objects given as arrays, and arrays instead of the whole body.
  for (const path of OBJECTS) add(`${path} as array of its members`, setPath(valid, path, Object.values(valid[path] as object)));
  // Not an object at all: one message for the whole body (issue 9: a list once reached the per-field
  // message builder and crashed it), no per-field errors.
  add('body is an array of reports', [valid, valid], false);
  add('body is an empty array', [], false);
  add('body is an empty object', {});
  // Huge strings (over the field limits but under the body limit) and strings over the body limit.
  for (const path of STRINGS) add(`${path} of 20 000 characters`, setPath(valid, path, 'lang '.repeat(4000)));
  add('description of 300 kB', setPath(valid, 'description', 'x'.repeat(300 * 1024)), false);
  // Unknown fields, also sneaky ones.
  for (const key of ['status', 'reference', 'trackingToken', 'isAdmin', 'theme', '__proto__', 'constructor', 'prototype', '', ' title', 'Title']) {
    add(`unknown top-level field "${key}"`, { ...valid, [key]: key === '__proto__' ? { polluted: true } : 'x' });
  }
  for (const path of OBJECTS) add(`unknown field inside ${path}`, setPath(valid, `${path}.extra`, 'x'));
  // Script tags and markup where the value must be structured.
  const script = '<script>alert(document.cookie)</script>';
  for (const path of STRUCTURED) add(`script tag in ${path}`, setPath(valid, path, script));
  add('script tag as a key', { ...valid, [script]: 1 });
  add('img onerror in e-mail', setPath(valid, 'contact.email', '"><img src=x onerror=alert(1)>@example.nl'));
  add('SQL in kvkNumber', setPath(valid, 'company.kvkNumber', "1'; DROP TABLE barrier_reports; --"));
  add('SQL in technology', setPath(valid, 'technology', "ai' OR '1'='1"));
  // Control characters and broken Unicode in free text.
  for (const path of STRINGS) {
    add(`NUL byte in ${path}`, setPath(valid, path, 'Goede titel\u0000 met NUL'));
    add(`lone surrogate in ${path}`, setPath(valid, path, 'Goede tekst \ud800 kapot'));
  }
  add('escape character in title', setPath(valid, 'title', 'Titel \u001b[31m rood'));
  // Deep nesting in unknown and known places.
  add('deeply nested unknown field', { ...valid, nested: deep(2000) });
  add('deeply nested regulation name', setPath(valid, 'regulation.name', deep(500)));
  add('deeply nested arrays as consent', setPath(valid, 'consent', deepArray(1000)));
  add('deeply nested company', { ...valid, company: deep(300, valid.company) });
  // Out-of-list values and patterns.
  for (const [path, value] of [
    ['technology', 'AI'],
    ['technology', 'teleportation'],
    ['sector', 'Z'],
    ['sector', 'a'],
    ['sector', 'AB'],
    ['company.sizeClass', 'huge'],
    ['company.kvkNumber', '1234567'],
    ['company.kvkNumber', '123456789'],
    ['company.kvkNumber', '1234567a'],
    ['company.kvkNumber', '１２３４５６７８'],
    ['regulation.bwbId', 'BWBR123'],
    ['regulation.bwbId', 'bwbr0005537'],
    ['regulation.bwbId', 'BWBV0005537'],
    ['contact.email', 'geen-adres'],
    ['contact.email', 'a@b'],
    ['contact.email', 'a b@example.nl'],
    ['contact.phone', 'bel me maar'],
    ['contact.phone', '+31 6 1234 5678 9999 0000 1111'],
    ['consent.contact', false],
    ['consent.contact', 'true'],
    ['consent.publish', 'yes'],
    ['consent.publish', 1],
    ['title', ''],
    ['title', 'kort'],
    ['description', 'Te kort.'],
    ['regulation.name', ''],
    ['company.name', ''],
    ['contact.name', ''],
  ] as Array<[string, unknown]>) {
    add(`${path} = ${JSON.stringify(value)}`, setPath(valid, path, value));
  }
  // Random combinations of the above defects.
  const random = rng(20261124);
  const defects: Array<(b: Body) => Body> = [
    (b) => setPath(b, 'technology', 'x'),
    (b) => setPath(b, 'company.kvkNumber', String(Math.floor(random() * 1e6))),
    (b) => ({ ...b, [`extra${Math.floor(random() * 100)}`]: random() }),
    (b) => setPath(b, 'title', random() > 0.5 ? 7 : ''),
    (b) => setPath(b, 'consent', random() > 0.5 ? [] : 'ja'),
    (b) => setPath(b, 'contact.email', `x${Math.floor(random() * 1000)}`),
    (b) => setPath(b, 'sector', String.fromCharCode(97 + Math.floor(random() * 26))),
  ];
  for (let i = 0; i < 30; i++) {
    let b: Body = valid;
    const n = 1 + Math.floor(random() * 3);
    for (let j = 0; j < n; j++) b = defects[Math.floor(random() * defects.length)](b);
    add(`random combination ${i}`, b);
  }
  // Bodies that are not a JSON object at all, or not JSON, or not UTF-8.
  for (const raw of ['"just a string"', '42', 'null', 'true', '{"title": "unterminated', "{'title': 'single quotes'}", '{"title": "a",}', '{"a":1}{"b":2}', '', '\u0000']) {
    cases.push({ name: `raw body ${JSON.stringify(raw).slice(0, 30)}`, body: undefined, raw, fieldErrors: false });
  }
  const validJson = JSON.stringify(valid);
  const invalidUtf8 = Buffer.concat([Buffer.from(validJson.replace('Drone-inspectie', '\u0001MARK\u0001').split('\u0001MARK\u0001')[0]), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(validJson.split('Drone-inspectie')[1])]);
  cases.push({ name: 'invalid UTF-8 bytes in the title', body: undefined, raw: invalidUtf8, fieldErrors: true });
  const badEmail = Buffer.concat([Buffer.from(validJson.split('anna.devries')[0]), Buffer.from([0xe9, 0xe9]), Buffer.from(validJson.split('anna.devries')[1])]);
  cases.push({ name: 'invalid UTF-8 bytes in the e-mail address', body: undefined, raw: badEmail, fieldErrors: true });
  cases.push({ name: 'overlong UTF-8 encoding of "<"', body: undefined, raw: Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc0, 0xbc]), Buffer.from('script"}')]), fieldErrors: true });
  cases.push({ name: 'declared latin1 charset', body: undefined, raw: Buffer.from(validJson, 'latin1'), contentType: 'application/json; charset=latin1', fieldErrors: false });
  cases.push({ name: 'UTF-16 body', body: undefined, raw: Buffer.from(validJson, 'utf16le'), contentType: 'application/json; charset=utf-16', fieldErrors: false });
  cases.push({ name: 'text/plain body', body: undefined, raw: validJson, contentType: 'text/plain', fieldErrors: false });
  cases.push({ name: 'form-encoded body', body: undefined, raw: 'title=Hallo&description=Wereld', contentType: 'application/x-www-form-urlencoded', fieldErrors: false });
  return cases;
}

describe('fuzzing POST /api/loket/reports with malformed reports (real PostgreSQL and Kafka)', () => {
  const kit = new LoketTestKit();
  const cases = generateCases();
  let before: number;

  beforeAll(async () => {
    await kit.start();
    [{ n: before }] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM barrier_reports`);
  });
  afterAll(() => kit.stop());

  it('generates about 200 malformed bodies', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s → 4xx problem, never 5xx', async (_name, c) => {
    let req = kit.http.post('/api/loket/reports').set('Accept-Language', 'nl');
    if (c.raw !== undefined) req = req.set('Content-Type', c.contentType ?? 'application/json; charset=utf-8').send(c.raw);
    else req = req.set('Content-Type', 'application/json').send(JSON.stringify(c.body));
    const res = await req;
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: res.status, title: expect.any(String), detail: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(ts|js):\d+|SELECT|INSERT|QueryFailedError|TypeError/);
    if (c.fieldErrors && res.status === 400) {
      expect(res.body.errors.length).toBeGreaterThan(0);
      for (const e of res.body.errors) {
        expect(e).toEqual({ field: expect.any(String), message: expect.any(String) });
        expect(e.message).not.toMatch(/must be|should not|property .* should/); // ours, not class-validator's English
      }
    }
  });


  it('stored none of them', async () => {
    const [{ n }] = await kit.dataSource.query(`SELECT count(*)::int AS n FROM barrier_reports`);
    expect(n).toBe(before);
  });

  it('gives only 4xx on the other endpoints too: malformed bodies, queries and references', async () => {
    const auth = `Bearer ${kit.official()}`;
    const { reference, token } = await kit.submit();
    const bodies: unknown[] = [[], ['a'], { body: 5 }, { body: ['x'] }, { body: 'x', internal: 'yes' }, { body: 'x'.repeat(6000) }, { body: 'ok', extra: 1 },
      { body: 'ok', ['__proto__']: { a: 1 } }, { theme: 2.1, priority: 'high', department: 'EZ' }, { theme: '1.1', priority: ['high'], department: { EZ: true } },
      { theme: '1.1', priority: 'high', department: 'EZ', handler: 'anna@example.nl' }, { status: 'resolved' }, { status: null }, { originalReference: 'LKT-26-1' },
      { originalReference: reference.toLowerCase() }, { outcome: 'solved', explanation: 'Het is opgelost nu.' }, { outcome: 'guidance', explanation: 'kort' },
      { outcome: 'guidance', explanation: 'Met een NUL \u0000 teken erin.' }, { nested: deep(1500) }];
    const paths = ['triage', 'status', 'messages', 'duplicate-of', 'resolution'];
    const statuses: number[] = [];
    for (const path of paths) {
      for (const body of bodies) {
        const res = await kit.http.post(`/api/loket/reports/${reference}/${path}`).set('Authorization', auth).set('Content-Type', 'application/json').send(JSON.stringify(body));
        statuses.push(res.status);
        if (res.status < 300) continue; // some bodies are valid for some endpoints (e.g. a message on the messages path)
        expect([path, body, res.status >= 400 && res.status < 500]).toEqual([path, body, true]);
      }
      const reporter = await kit.http.post(`/api/loket/reports/${reference}/${path}`).query({ token: [token, token] }).send({ body: 'x' });
      expect(reporter.status).toBeGreaterThanOrEqual(400);
      expect(reporter.status).toBeLessThan(500);
    }
    const queries = [{ page: ['1', '2'] }, { pageSize: '1e9' }, { page: '-1' }, { q: 'x'.repeat(500) }, { theme: "1.1' OR 1=1" }, { overdue: ['true', 'false'] }, { status: { $ne: 1 } }, { q: '\u0000' }];
    for (const query of queries) {
      const res = await kit.http.get('/api/loket/reports').set('Authorization', auth).query(query);
      expect([query, res.status]).toEqual([query, 400]);
    }
    for (const ref of ['%ff', 'LKT-2026-00000%00', '..%2F..%2Fetc', 'x'.repeat(3000), 'LKT-2026-000001%27']) {
      const res = await kit.http.get(`/api/loket/reports/${ref}`).query({ token: 'x' });
      expect([ref, res.status >= 400 && res.status < 500]).toEqual([ref, true]);
    }
    expect(statuses.every((s) => s < 500)).toBe(true);
  });

  it('still accepts a valid report afterwards; markup in free text is kept as text, not refused', async () => {
    const res = await kit.http.post('/api/loket/reports').send(aReportRequest({ title: 'Regels <script>alert(1)</script> botsen' })).expect(201);
    const [row] = await kit.dataSource.query(`SELECT title FROM barrier_reports WHERE reference = $1`, [res.body.reference]);
    expect(row.title).toBe('Regels <script>alert(1)</script> botsen');
  });
});
