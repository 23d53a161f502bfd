import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, type MessageTree } from './catalogue';
import { LANGUAGES } from './language';
import { translatorFor } from './translate';

const ROOT = join(__dirname, '..', '..', '..');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function catalogueKeys(lang: (typeof LANGUAGES)[number]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(CATALOGUE[lang])) for (const [k, v] of leaves(tree)) out.set(`${ns}:${k}`, v);
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Every production source file of the apps and libs (tests and generated files aside). */
function sources(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (/\.ts$/.test(name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name)) found.push(path);
  }
  return found;
}

describe('the message catalogue', () => {
  const nl = catalogueKeys('nl');
  const en = catalogueKeys('en');

  it('has the same namespaces in Dutch and English', () => {
    expect(Object.keys(CATALOGUE.en)).toEqual(Object.keys(CATALOGUE.nl));
    expect(Object.keys(CATALOGUE.nl)).toEqual(expect.arrayContaining(['common', 'errors', 'validation']));
  });

  it('has the same keys in Dutch and English', () => {
    expect([...nl.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !nl.has(k))).toEqual([]);
  });

  it('has the same placeholders in both languages', () => {
    const differing = [...nl.entries()].filter(([k, v]) => en.has(k) && placeholders(v).join() !== placeholders(en.get(k)!).join()).map(([k]) => k);
    expect(differing).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...nl.entries(), ...en.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses every key somewhere in the code (a literal key, or a family `ns:prefix.${…}`)', () => {
    const code = [join(ROOT, 'apps'), join(ROOT, 'libs')].flatMap((d) => sources(d)).map((f) => readFileSync(f, 'utf8')).join('\n');
    const families = [...code.matchAll(/[`'"]([a-z][\w-]*:[\w.-]*\.)\$\{/g)].map((m) => m[1]);
    const unused = [...new Set([...nl.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')))].filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key}\``) && !families.some((f) => key.startsWith(f)),
    );
    expect(unused).toEqual([]);
  });

  it('chooses the plural form by count, per language', () => {
    // The plural rules are the catalogue's business (Intl.PluralRules through i18next), not the page's.
    expect([0, 1, 2].map((count) => translatorFor('nl')('common:count.responses', { count }))).toEqual(['0 reacties', '1 reactie', '2 reacties']);
    expect([0, 1, 2].map((count) => translatorFor('en')('common:count.responses', { count }))).toEqual(['0 responses', '1 response', '2 responses']);
  });

  it('gives a missing key back as the key, so a gap shows instead of crashing the page', () => {
    expect(translatorFor('en')('common:no.such.key')).toBe('common:no.such.key');
  });
});
