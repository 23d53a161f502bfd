import { createHash } from 'node:crypto';
import type { FigureDefinition } from './review-content';

/**
 * The SHA-256 of a revision's figures (each figure's id, keys, kind and value), in id order, so the
 * same figures always give the same digest whatever order they were built in. ReviewCompiled
 * carries it: a copy of a review can be checked against the revision that was published.
 */
export function figuresDigest(figures: Record<string, FigureDefinition>): string {
  const canonical = Object.keys(figures)
    .sort()
    .map((id) => [id, [...figures[id].keys].sort(), figures[id].kind, figures[id].value]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
