/**
 * Moves the portal's inline two-language pairs into the message catalogue (libs/i18n).
 *
 *   node -r ./scripts/register.js scripts/i18n/portal-codemod.ts          # rewrite sources + catalogue
 *   node -r ./scripts/register.js scripts/i18n/portal-codemod.ts --check  # exit 1 when a pair is left
 *
 * What it converts: a call `t('nl', 'en')` (where `t` is `const t = <x>.t`) or `<x>.t('nl', 'en')`
 * whose two arguments are string literals or template literals. A template literal's `${expr}` becomes
 * an i18next placeholder `{{name}}` (the name read from the expression: `ctx.lang` → `lang`,
 * `String(total)` → `total`), and the call becomes `<x>.msg('<ns>:<group>.<key>', { name: expr })`.
 *
 * Where the key goes: the namespace by the source's area (`pages/<area>/` → `<area>`, `web/` and the
 * rest → `layout`), the group by the file (`public-data.views.ts` → `publicData`), the key from the
 * English text's first words in camelCase. One pair in one group gets one key; a key already in the
 * catalogue with the same Dutch and English text is reused, so running it again after new pairs have
 * been merged only adds keys for the new ones (and changes nothing when nothing is left: re-runnable).
 *
 * What it leaves (and prints): a pair whose arguments are not literals (`t(...DONE[x])`, `t(a, b)`),
 * or whose two templates interpolate different expressions. Those are fixed by hand.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
// Where it reads and writes: the repository's portal and catalogue, or a fixture's (the spec's).
let PORTAL = join(ROOT, 'apps', 'portal', 'src');
let MESSAGES = join(ROOT, 'libs', 'i18n', 'src', 'messages');
let CHECK = false;

/** i18next reads these option names from the parameters: a placeholder may not be called so. */
const RESERVED = new Set(['context', 'count', 'ns', 'lng', 'lngs', 'defaultValue', 'replace', 'ordinal', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'keyPrefix', 'fallbackLng']);

type Tree = { [key: string]: string | Tree };
interface Catalogue {
  nl: Tree;
  en: Tree;
}

function sources(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name)) found.push(path);
  }
  return found;
}

function namespaceOf(file: string): string {
  const parts = relative(PORTAL, file).split(sep);
  return parts[0] === 'pages' && parts.length > 2 ? parts[1] : 'layout';
}

const camel = (words: string[]) => words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');

function groupOf(file: string): string {
  const stem = basename(file, '.ts').replace(/\.(views|controller)$/, '');
  return camel(stem.split(/[^A-Za-z0-9]+/).filter(Boolean));
}

function slug(en: string): string {
  const words = en
    .replace(/\{\{\s*(\w+)\s*\}\}/g, ' $1 ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  const key = camel(words);
  if (!key) return 'text';
  return /^[0-9]/.test(key) ? `n${key}` : key;
}

function loadCatalogue(ns: string): Catalogue {
  const read = (lang: string): Tree => {
    const path = join(MESSAGES, lang, `${ns}.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Tree) : {};
  };
  return { nl: read('nl'), en: read('en') };
}

function sortTree(tree: Tree): Tree {
  const out: Tree = {};
  for (const key of Object.keys(tree).sort()) {
    const v = tree[key];
    out[key] = typeof v === 'string' ? v : sortTree(v);
  }
  return out;
}

/** A parameter's name read from its expression: the last identifier a person would recognise. */
function nameOf(expr: ts.Expression): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr) || ts.isAsExpression(expr)) return nameOf(expr.expression);
  if (ts.isCallExpression(expr)) {
    const arg = expr.arguments[expr.arguments.length - 1];
    if (arg && (ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg))) return nameOf(arg);
    return nameOf(expr.expression);
  }
  if (ts.isBinaryExpression(expr)) return nameOf(expr.left);
  if (ts.isConditionalExpression(expr)) return nameOf(expr.condition);
  if (ts.isElementAccessExpression(expr)) return nameOf(expr.expression);
  return 'value';
}

interface Parsed {
  text: string;
  /** expression source text → its node, in order of appearance */
  exprs: { source: string; node: ts.Expression }[];
}

function parseArg(arg: ts.Expression, sf: ts.SourceFile): Parsed | undefined {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return { text: arg.text, exprs: [] };
  if (!ts.isTemplateExpression(arg)) return undefined;
  const exprs = arg.templateSpans.map((s) => ({ source: s.expression.getText(sf), node: s.expression }));
  return { text: '', exprs };
}

/** The template's text with each expression replaced by `{{name}}` (names decided per message). */
function render(arg: ts.Expression, names: Map<string, string>, sf: ts.SourceFile): string {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  const tpl = arg as ts.TemplateExpression;
  let out = tpl.head.text;
  for (const span of tpl.templateSpans) out += `{{${names.get(span.expression.getText(sf))}}}` + span.literal.text;
  return out;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const left: string[] = [];
let converted = 0;
const catalogues = new Map<string, Catalogue>();

function catalogueFor(ns: string): Catalogue {
  let c = catalogues.get(ns);
  if (!c) {
    c = loadCatalogue(ns);
    catalogues.set(ns, c);
  }
  return c;
}

/** The key for this pair in its group: an existing one with the same texts, else a fresh readable one. */
function keyFor(ns: string, group: string, nl: string, en: string): string {
  const c = catalogueFor(ns);
  const gnl = (c.nl[group] ??= {}) as Tree;
  const gen = (c.en[group] ??= {}) as Tree;
  for (const [k, v] of Object.entries(gnl)) if (v === nl && gen[k] === en) return k;
  const base = slug(en);
  let key = base;
  for (let i = 2; key in gnl || key in gen; i++) key = `${base}${i}`;
  gnl[key] = nl;
  gen[key] = en;
  return key;
}

/** `const t = <x>.t;` declarations in the file: name → the receiver's source (`ctx`, `o.ctx`). */
function aliases(sf: ts.SourceFile): Map<ts.Node, string> {
  const out = new Map<ts.Node, string>();
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 't' && node.initializer && ts.isPropertyAccessExpression(node.initializer) && node.initializer.name.text === 't') {
      out.set(node, node.initializer.expression.getText(sf));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The receiver a bare `t(...)` call stands for: the nearest enclosing `const t = <x>.t`. */
function receiverOfAlias(call: ts.CallExpression, decls: Map<ts.Node, string>): string | undefined {
  for (let scope: ts.Node | undefined = call.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const stmt of scope.statements) {
      if (!ts.isVariableStatement(stmt)) continue;
      for (const d of stmt.declarationList.declarations) if (decls.has(d)) return decls.get(d);
    }
  }
  return undefined;
}

function convertFile(file: string): void {
  const original = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, original, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ns = namespaceOf(file);
  const group = groupOf(file);
  const decls = aliases(sf);
  const edits: Edit[] = [];
  const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      let receiver: string | undefined;
      if (ts.isIdentifier(callee) && callee.text === 't') receiver = receiverOfAlias(node, decls);
      else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && !ts.isCallExpression(callee.expression)) receiver = callee.expression.getText(sf);
      if (receiver !== undefined) {
        const pair = tryPair(node, receiver);
        if (pair) {
          edits.push({ start: node.getStart(sf), end: node.getEnd(), text: pair });
          converted++;
          return; // a pair's arguments hold no further pairs
        }
        left.push(`${where(node)}  ${node.getText(sf).slice(0, 100).replace(/\s+/g, ' ')}`);
      }
    }
    ts.forEachChild(node, visit);
  };

  const tryPair = (call: ts.CallExpression, receiver: string): string | undefined => {
    if (call.arguments.length !== 2) return undefined;
    const [a, b] = call.arguments;
    const nl = parseArg(a, sf);
    const en = parseArg(b, sf);
    if (!nl || !en) return undefined;
    const nlSet = [...new Set(nl.exprs.map((e) => e.source))].sort();
    const enSet = [...new Set(en.exprs.map((e) => e.source))].sort();
    if (nlSet.join('\u0000') !== enSet.join('\u0000')) return undefined;
    const names = new Map<string, string>();
    const taken = new Set<string>();
    for (const e of nl.exprs) {
      if (names.has(e.source)) continue;
      let base = nameOf(e.node).replace(/\W/g, '') || 'value';
      if (RESERVED.has(base)) base = `${base}Value`;
      let name = base;
      for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
      taken.add(name);
      names.set(e.source, name);
    }
    const key = keyFor(ns, group, render(a, names, sf), render(b, names, sf));
    const params = [...names.entries()].map(([source, name]) => (source === name ? name : `${name}: ${source}`));
    return `${receiver}.msg('${ns}:${group}.${key}'${params.length ? `, { ${params.join(', ')} }` : ''})`;
  };

  visit(sf);
  let text = original;
  for (const e of edits.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  text = dropUnusedAliases(file, text);
  if (!CHECK && text !== original) writeFileSync(file, text);
}

/** Removes `const t = <x>.t;` where no `t` is read any more in its block. */
function dropUnusedAliases(file: string, text: string): string {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const drops: Edit[] = [];
  for (const [decl] of aliases(sf)) {
    const stmt = decl.parent.parent; // VariableDeclarationList → VariableStatement
    if (!ts.isVariableStatement(stmt) || stmt.declarationList.declarations.length !== 1) continue;
    const block = stmt.parent;
    let used = false;
    const visit = (n: ts.Node) => {
      if (used || n === decl) return;
      if (ts.isIdentifier(n) && n.text === 't' && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) used = true;
      ts.forEachChild(n, visit);
    };
    visit(block);
    if (!used) {
      // the statement and its line
      let start = stmt.getFullStart();
      const lineStart = text.lastIndexOf('\n', stmt.getStart(sf) - 1) + 1;
      if (text.slice(lineStart, stmt.getStart(sf)).trim() === '') start = lineStart;
      let end = stmt.getEnd();
      if (text[end] === '\n') end++;
      drops.push({ start, end, text: '' });
    }
  }
  for (const e of drops.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + text.slice(e.end);
  return text;
}


/** The namespaces the portal's pages own (the codemod writes them and drops their keys no page uses any more). */
const PORTAL_NAMESPACES = ['layout', 'labels', 'public', 'loket', 'consultations', 'officials', 'staff', 'admin', 'auth'];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Drops the keys no portal source names (literally, or as a family `ns:prefix.${…}`), as the catalogue check would report them. */
function prune(): string[] {
  const code = sources(PORTAL)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const families = [...code.matchAll(/[`'"]([a-z][\w-]*:[\w.-]*\.)\$\{/g)].map((m) => m[1]);
  const used = (key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``) || families.some((f) => key.startsWith(f));
  const dropped: string[] = [];
  for (const ns of PORTAL_NAMESPACES) {
    const c = catalogueFor(ns);
    const walk = (nl: Tree, en: Tree, prefix: string) => {
      for (const k of Object.keys(nl)) {
        const v = nl[k];
        const path = prefix ? `${prefix}.${k}` : k;
        if (typeof v === 'string') {
          if (!used(`${ns}:${path.replace(PLURAL_SUFFIX, '')}`)) {
            delete nl[k];
            delete en[k];
            dropped.push(`${ns}:${path}`);
          }
        } else {
          walk(v, (en[k] ?? {}) as Tree, path);
          if (!Object.keys(v).length) {
            delete nl[k];
            delete en[k];
          }
        }
      }
    };
    walk(c.nl, c.en, '');
  }
  return dropped;
}

export interface CodemodResult {
  converted: number;
  /** The pairs it could not convert, as `file:line  source`. */
  left: string[];
  /** The portal keys no source uses any more, dropped from both languages. */
  dropped: string[];
}

export function runCodemod(o: { portal?: string; messages?: string; check?: boolean } = {}): CodemodResult {
  PORTAL = o.portal ?? join(ROOT, 'apps', 'portal', 'src');
  MESSAGES = o.messages ?? join(ROOT, 'libs', 'i18n', 'src', 'messages');
  CHECK = o.check ?? false;
  catalogues.clear();
  // A pair may hold another pair in a `${…}` (it becomes a parameter): a second pass converts that one.
  let total = 0;
  for (let pass = 0; pass < 5; pass++) {
    converted = 0;
    left.length = 0;
    for (const file of sources(PORTAL)) convertFile(file);
    total += converted;
    if (converted === 0 || CHECK) break;
  }
  if (CHECK) return { converted: total, left: [...left], dropped: [] };
  const dropped = prune();
  for (const [ns, c] of catalogues) {
    for (const lang of ['nl', 'en'] as const) {
      const tree = c[lang];
      for (const k of Object.keys(tree)) if (typeof tree[k] === 'object' && !Object.keys(tree[k]).length) delete tree[k];
      if (!Object.keys(tree).length) continue;
      writeFileSync(join(MESSAGES, lang, `${ns}.json`), `${JSON.stringify(sortTree(tree), null, 2)}\n`);
    }
  }
  // The catalogue reads every namespace file of the folder: a new namespace needs no listing.
  return { converted: total, left: [...left], dropped };
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  const r = runCodemod({ check });
  for (const key of r.dropped) console.log(`  dropped unused ${key}`);
  console.log(`${r.converted} pair(s) ${check ? 'convertible' : 'converted'}; ${r.left.length} left for a hand`);
  for (const l of r.left) console.log(`  left: ${l}`);
  if (check && (r.converted > 0 || r.left.length > 0)) process.exit(1);
}
