import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from './language';

/** A namespace's messages: nested objects, leaves are i18next strings (`{{name}}`, `_one`/`_other`). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * One catalogue per language, a JSON file per namespace: `messages/<lang>/<namespace>.json`. The
 * files are read once, when this module loads (the build copies them beside the compiled code,
 * scripts/copy-assets.js), so adding a namespace is adding its two files — no list to keep. The
 * check in catalogue.spec.ts fails when a namespace or key exists in one language only, when the
 * placeholders of the two differ, or when a key is used nowhere.
 */
function load(lang: Language): Record<string, MessageTree> {
  const dir = join(__dirname, 'messages', lang);
  const namespaces = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  return Object.fromEntries(namespaces.map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, file), 'utf8')) as MessageTree]));
}

export const CATALOGUE: Record<Language, Record<string, MessageTree>> = { nl: load('nl'), en: load('en') };

export const NAMESPACES = Object.keys(CATALOGUE.nl);
