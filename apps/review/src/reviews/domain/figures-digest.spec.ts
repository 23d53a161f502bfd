import { figuresDigest } from './figures-digest';

describe('figuresDigest', () => {
  const a = { 'x:reports': { keys: ['reports|2026|1.1@2018.0|', 'reports|2026|-|'], kind: 'count' as const, value: 3 }, 'x:open': { keys: [], kind: 'count' as const, value: 0 } };

  it('is the same whatever order the figures and their keys were built in', () => {
    const b = { 'x:open': a['x:open'], 'x:reports': { ...a['x:reports'], keys: [...a['x:reports'].keys].reverse() } };
    expect(figuresDigest(b)).toBe(figuresDigest(a));
    expect(figuresDigest(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a value or a key changes', () => {
    expect(figuresDigest({ ...a, 'x:open': { ...a['x:open'], value: 1 } })).not.toBe(figuresDigest(a));
    expect(figuresDigest({ ...a, 'x:open': { ...a['x:open'], keys: ['open|2026|-|'] } })).not.toBe(figuresDigest(a));
  });
});
