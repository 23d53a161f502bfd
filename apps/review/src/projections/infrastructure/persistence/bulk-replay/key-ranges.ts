/** `parts` ranges of keys [from, to) (null: open) holding about equal shares of `perKey`'s counts; keys in order. */
export function keyRanges(perKey: { key: string; n: number }[], parts: number): [string | null, string | null][] {
  const total = perKey.reduce((sum, c) => sum + c.n, 0);
  const bounds: (string | null)[] = [null];
  let sum = 0;
  for (const c of perKey) {
    if (bounds.length < parts && sum >= (total * bounds.length) / parts) bounds.push(c.key);
    sum += c.n;
  }
  bounds.push(null);
  return bounds.slice(0, -1).map((from, i) => [from, bounds[i + 1]]);
}
