import { loadSeed } from './strategy-seed.file';

/** Issue 11 item 7: the 2018 seed carries English titles, ambitions and actions beside the Dutch (strategy-2018.0.en.json). */
describe('the strategy seed in English', () => {
  const seed = loadSeed();

  it('gives every theme, track and spearhead an English title and every theme an English ambition, the Dutch unchanged', () => {
    expect(seed.themes).toHaveLength(24);
    for (const t of seed.themes) {
      expect(t.en?.title).toMatch(/^[A-Z]/);
      expect(t.en?.ambition).toMatch(/\.$/);
      expect(t.en?.title).not.toBe(t.title);
    }
    expect(seed.tracks.map((t) => t.en?.title)).toEqual(['Seizing social and economic opportunities (accelerating)', 'Strengthening the foundations (basic conditions)']);
    expect(seed.tracks[1].spearheads!.map((s) => s.en?.title)).toHaveLength(5);
    expect(seed.tracks[1].spearheads!.every((s) => s.en?.title)).toBe(true);
    expect(seed.themes.find((t) => t.code === '1.1')).toMatchObject({ title: 'Digitaal vaardig mkb', en: { title: 'Digitally skilled SMEs' } });
    // The nested tree carries the same themes as the flat list.
    expect(seed.tracks.flatMap((t) => [...(t.themes ?? []), ...(t.spearheads ?? []).flatMap((s) => s.themes)])).toEqual(seed.themes);
  });

  it('gives every theme its actions in English, one for each Dutch action and in the same order', () => {
    for (const t of seed.themes) {
      expect(t.en?.actions).toHaveLength(t.actions.length);
      for (const a of t.en!.actions!) expect(a).toMatch(/^[A-Z].*\.$/);
      expect(t.en!.actions).not.toEqual(t.actions);
    }
    expect(seed.themes.flatMap((t) => t.en!.actions!)).toHaveLength(35);
    expect(seed.themes.find((t) => t.code === '2.1.2')?.en?.actions?.[0]).toBe('There will be a desk where entrepreneurs can report barriers to digital innovation in laws and regulations.');
  });

  it('loads without the English file as before', () => {
    expect(loadSeed(undefined, null).themes.every((t) => t.en === undefined)).toBe(true);
  });
});
