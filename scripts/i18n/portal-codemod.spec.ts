import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCodemod } from './portal-codemod';

/** A portal and a catalogue of its own in a temporary directory: the codemod on a fixture, not on the repository. */
function fixture(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'portal-codemod-'));
  const portal = join(root, 'portal');
  const messages = join(root, 'messages');
  for (const dir of ['nl', 'en']) mkdirSync(join(messages, dir), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(portal, path, '..'), { recursive: true });
    writeFileSync(join(portal, path), text);
  }
  return {
    root,
    run: (check = false) => runCodemod({ portal, messages, check }),
    source: (path: string) => readFileSync(join(portal, path), 'utf8'),
    write: (path: string, text: string) => writeFileSync(join(portal, path), text),
    json: (lang: string, ns: string) => JSON.parse(readFileSync(join(messages, lang, `${ns}.json`), 'utf8')) as Record<string, unknown>,
  };
}

const QUEUE = `export function queue(ctx: PageContext, name: string, total: number): string[] {
  const t = ctx.t;
  return [t('Werkvoorraad', 'Work queue'), ctx.t(\`Hallo \${name}\`, \`Hello \${name}\`), t('Werkvoorraad', 'Work queue'), t(\`\${String(total)} te laat\`, \`\${String(total)} overdue\`)];
}

export function other(ctx: PageContext, pair: [string, string]): string {
  const t = ctx.t;
  return t(...pair);
}
`;

describe('the portal codemod (scripts/i18n/portal-codemod.ts)', () => {
  let f: ReturnType<typeof fixture>;
  afterEach(() => rmSync(f.root, { recursive: true, force: true }));

  it('turns literal pairs into catalogue keys with readable names and {{params}}, in both languages, and leaves what it cannot read for a hand', () => {
    f = fixture({ 'pages/officials/queue.views.ts': QUEUE, 'web/layout.ts': "export const out = (ctx: PageContext) => ctx.t('Uitloggen', 'Log out');\n" });
    const r = f.run();
    expect(r.converted).toBe(5);
    expect(r.left).toEqual([expect.stringMatching(/queue\.views\.ts:\d+ {2}t\(\.\.\.pair\)/)]);
    const out = f.source('pages/officials/queue.views.ts');
    expect(out).toContain("return [ctx.msg('officials:queue.workQueue'), ctx.msg('officials:queue.helloName', { name }), ctx.msg('officials:queue.workQueue'), ctx.msg('officials:queue.totalOverdue', { total: String(total) })];");
    // The alias goes where nothing reads it any more, and stays where a pair is left.
    expect(out.match(/const t = ctx\.t;/g)).toHaveLength(1);
    expect(f.json('nl', 'officials')).toEqual({ queue: { helloName: 'Hallo {{name}}', totalOverdue: '{{total}} te laat', workQueue: 'Werkvoorraad' } });
    expect(f.json('en', 'officials')).toEqual({ queue: { helloName: 'Hello {{name}}', totalOverdue: '{{total}} overdue', workQueue: 'Work queue' } });
    expect(f.json('en', 'layout')).toEqual({ layout: { logOut: 'Log out' } });
    expect(f.source('web/layout.ts')).toContain("ctx.msg('layout:layout.logOut')");
  });

  it('is re-runnable: nothing changes the second time; a merged new pair gets a key of its own, a key no page uses goes', () => {
    f = fixture({ 'pages/officials/queue.views.ts': QUEUE });
    f.run();
    const once = f.source('pages/officials/queue.views.ts');
    const nl = f.json('nl', 'officials');
    expect(f.run()).toEqual({ converted: 0, left: [expect.any(String)], dropped: [] });
    expect(f.source('pages/officials/queue.views.ts')).toBe(once);
    expect(f.json('nl', 'officials')).toEqual(nl);
    expect(f.run(true).converted).toBe(0);

    // After a merge: one more pair (its English slug taken by another text), and a text removed.
    f.write('pages/officials/queue.views.ts', once.replace("ctx.msg('officials:queue.workQueue'), ctx.msg('officials:queue.helloName', { name })", "ctx.t('Werkvoorraad!', 'Work queue'), ctx.msg('officials:queue.workQueue')"));
    const r = f.run();
    expect(r.converted).toBe(1);
    expect(r.dropped).toEqual(['officials:queue.helloName']);
    expect(f.json('nl', 'officials')).toEqual({ queue: { totalOverdue: '{{total}} te laat', workQueue: 'Werkvoorraad', workQueue2: 'Werkvoorraad!' } });
    expect(f.source('pages/officials/queue.views.ts')).toContain("ctx.msg('officials:queue.workQueue2'), ctx.msg('officials:queue.workQueue')");
  });
});
