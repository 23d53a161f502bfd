/**
 * Builds corpus.json (the labelled corpus the analysis is measured on) from fragments.json:
 * per proposal 110 responses, each an opening of one stance and one or two sentences of one theme.
 * Deterministic (a fixed seed), so the committed corpus.json is what this script writes:
 * `node -r ./scripts/register.js apps/comments/test/corpus/build-corpus.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/analysis/domain/text/seeded-random';

interface Fragments {
  about: string;
  stances: Record<string, string[]>;
  proposals: { key: string; title: string; themes: Record<string, string[]> }[];
}

const PER_PROPOSAL = 110;
const fragments = JSON.parse(readFileSync(join(__dirname, 'fragments.json'), 'utf8')) as Fragments;
const random = seededRandom(11);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
// Stances as in a real consultation: more for and against than mixed, some without a view.
const STANCE_MIX = ['for', 'for', 'for', 'against', 'against', 'against', 'mixed', 'mixed', 'unclear'];

const proposals = fragments.proposals.map((p) => {
  const themes = Object.keys(p.themes);
  const responses = Array.from({ length: PER_PROPOSAL }, (_, i) => {
    const theme = themes[i % themes.length];
    const stance = pick(STANCE_MIX);
    const sentences = p.themes[theme];
    const first = pick(sentences);
    const second = pick(sentences);
    const parts = [pick(fragments.stances[stance]), first];
    if (random() < 0.5 && second !== first) parts.push(second);
    // Some put their view after the point they make.
    if (random() < 0.3) parts.push(parts.shift()!);
    return { id: `${p.key}-${String(i + 1).padStart(3, '0')}`, body: parts.filter(Boolean).join(' '), theme, stance };
  });
  return { key: p.key, title: p.title, responses };
});

writeFileSync(join(__dirname, 'corpus.json'), `${JSON.stringify({ about: fragments.about.replace('from which build-corpus.ts composes', 'composed by build-corpus.ts into'), proposals }, null, 1)}\n`);
console.log(`corpus.json: ${proposals.reduce((s, p) => s + p.responses.length, 0)} responses to ${proposals.length} proposals`);
