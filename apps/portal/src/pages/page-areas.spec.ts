import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/*
 * The shape of the portal's pages (issue 13): per area a controller that routes and a `*.views.ts`
 * that only renders, the form mapping in `web/forms.ts`; areas import `web/` and `clients/`, never
 * each other. Read from the sources,
 * so a new file is held to the same rules without being listed here.
 */

const SRC = resolve(__dirname, '..');
const PAGES = __dirname;
const AREAS = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sources(area: string): string[] {
  return readdirSync(join(PAGES, area)).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)].map((m) => ({ file, specifier: m[2], typeOnly: !!m[1] }));
}

/** Where a relative import lands, as `web/...`, `clients/...`, `pages/<area>/...`. */
function target(i: Import): string | undefined {
  if (!i.specifier.startsWith('.')) return undefined;
  return relative(SRC, resolve(dirname(i.file), i.specifier)).split('\\').join('/');
}

describe('portal page areas', () => {
  it('has the eight areas, each with a controller and pure views next to a spec of them', () => {
    expect(AREAS.sort()).toEqual(['admin', 'auth', 'consultations', 'loket', 'officials', 'public', 'staff', 'subscriptions']);
    for (const area of AREAS) {
      const files = readdirSync(join(PAGES, area));
      expect([area, files.some((f) => f.endsWith('.controller.ts'))]).toEqual([area, true]);
      expect([area, files.some((f) => f.endsWith('.views.ts'))]).toEqual([area, true]);
      expect([area, files.some((f) => f.endsWith('.views.spec.ts'))]).toEqual([area, true]);
    }
  });

  it('lets an area import only itself, web/ and clients/ (and the settings, for a controller) — never another area', () => {
    const wrong: string[] = [];
    for (const area of AREAS) {
      for (const name of sources(area)) {
        for (const i of importsOf(join(PAGES, area, name))) {
          const to = target(i);
          if (!to) continue;
          const allowed = to.startsWith(`pages/${area}/`) || to.startsWith('web/') || to.startsWith('clients/') || (name.endsWith('.controller.ts') && to === 'config/portal.env');
          if (!allowed) wrong.push(`${area}/${name} → ${to}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps views pure: no framework, no request or response, no service client — data in, HTML out', () => {
    const wrong: string[] = [];
    for (const area of AREAS) {
      for (const name of sources(area).filter((f) => f.endsWith('.views.ts'))) {
        for (const i of importsOf(join(PAGES, area, name))) {
          const to = target(i);
          // A package is a framework, except pure data and renderers: data to SVG (charts), to Atom
          // XML (feed), the message catalogue, the regulation index and the contracts' vocabulary
          // (codes and id patterns, files that import nothing: ADR 0015).
          const framework = !to && !i.typeOnly && !['@pb/charts', 'feed', '@pb/i18n', '@pb/regulations', '@pb/contracts/vocabulary'].includes(i.specifier);
          // Response shapes and pure helpers on them (clients/*.types) are data; a client is I/O.
          const client = to?.startsWith('clients/') && !i.typeOnly && !to.endsWith('.types');
          const controller = to?.endsWith('.controller');
          if (framework || client || controller) wrong.push(`${area}/${name} → ${i.specifier}`);
        }
        const text = readFileSync(join(PAGES, area, name), 'utf8');
        if (/\bres\.|\breq\.|\bfetch\(|this\.services/.test(text)) wrong.push(`${area}/${name} touches a request, response or service`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves form mapping to web/forms.ts: a controller reads no posted field by hand, and trims, splits or coerces nothing', () => {
    // What a controller may do with a posted body: hand it (or one field of it) to a function of web/.
    const handParsing: [string, RegExp][] = [
      ['trims typed text', /\.trim\(/],
      ['splits typed text into a list', /\.split\(/],
      ['checks a posted field’s type', /\btypeof\s+body\b/],
      ['reads a posted field by name', /\bbody\[/],
      ['reads a checkbox as a boolean', /===\s*'(true|on)'/],
      ['makes a number of a posted field', /\b(Number|parseInt|parseFloat)\([^)]*\bbody\b/],
    ];
    const wrong: string[] = [];
    for (const area of AREAS) {
      for (const name of sources(area).filter((f) => f.endsWith('.controller.ts'))) {
        const text = readFileSync(join(PAGES, area, name), 'utf8');
        for (const [what, pattern] of handParsing) if (pattern.test(text)) wrong.push(`${area}/${name} ${what}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers HTML from the one helper only, and guards staff pages by @Roles, not by hand', () => {
    for (const area of AREAS) {
      for (const name of sources(area)) {
        const text = readFileSync(join(PAGES, area, name), 'utf8');
        expect([`${area}/${name}`, /\.type\('html'\)/.test(text), /requireRole\(/.test(text)]).toEqual([`${area}/${name}`, false, false]);
      }
    }
  });
});
