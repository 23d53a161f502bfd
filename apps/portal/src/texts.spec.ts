import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Every text a person reads in the portal comes from the message catalogue (libs/i18n), by key:
 * `ctx.msg('ns:key', params)`. The inline pair `t('nl', 'en')` and the `{ nl, en }` label table
 * were moved there (scripts/i18n/portal-codemod.ts); this keeps them from coming back.
 */

const SRC = __dirname;

function sources(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    // contract-examples.ts holds example API bodies for the specs (an indicator's `{ nl, en }`
    // definition is data the review serves), not text the portal writes.
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && name !== 'contract-examples.ts') found.push(path);
  }
  return found;
}

/** What an inline two-language text looks like: a call `t('…'`, `ctx.t(…`, or a `{ nl: '…', en: '…' }` entry. */
const INLINE_PAIR = [/(?<![\w$.])t\(\s*[`'"]/, /\.t\(/, /\bnl:\s*[`'"][^`'"]*[`'"],\s*en:\s*[`'"]/];

function inlinePairs(text: string): string[] {
  return text.split('\n').filter((line) => INLINE_PAIR.some((re) => re.test(line)));
}

describe('portal texts', () => {
  it('recognises an inline pair in each of its forms (so the check below can fail)', () => {
    expect(inlinePairs("const title = t('Werkvoorraad', 'Work queue');")).toHaveLength(1);
    expect(inlinePairs('${ctx.t(`Melding ${r}`, `Report ${r}`)}')).toHaveLength(1);
    expect(inlinePairs("  low: { nl: 'Laag', en: 'Low' },")).toHaveLength(1);
    expect(inlinePairs("const title = ctx.msg('officials:queue.workQueue'); const x = format(a); list.sort();")).toEqual([]);
  });

  it('has no inline two-language pair in any portal source: every text is a catalogue key', () => {
    const found = sources(SRC).flatMap((file) => inlinePairs(readFileSync(file, 'utf8')).map((line) => `${relative(SRC, file)}: ${line.trim().slice(0, 120)}`));
    expect(found).toEqual([]);
  });
});
