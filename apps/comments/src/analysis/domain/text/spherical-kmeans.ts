import { denseDot, SparseVector, sparseDot } from './sparse-vector';

/** Lets a long computation give the event loop a turn (the service answers requests meanwhile). */
export type Pause = () => Promise<void>;
export const NO_PAUSE: Pause = () => Promise.resolve();

export interface Clustering {
  readonly k: number;
  /** Per vector, its cluster (0..k-1). */
  readonly assignment: Int32Array;
  /** k unit-length centroids of `dimensions` each, one after the other. */
  readonly centroids: Float64Array;
  readonly dimensions: number;
  /** The sum over the vectors of the cosine similarity to their centroid (higher is tighter). */
  readonly cohesion: number;
}

/**
 * Spherical k-means (cosine similarity on unit vectors, the usual k-means for TF-IDF text) with
 * k-means++ seeding. Written here rather than taken from a package: the k-means packages on npm
 * work on dense number[][] rows, and 50 000 responses × 6 000 terms as doubles is 2.4 GB; this
 * keeps the responses sparse and only the k centroids dense (see ADR 0011).
 */
export async function sphericalKMeans(vectors: readonly SparseVector[], dimensions: number, k: number, random: () => number, pause: Pause = NO_PAUSE, maxIterations = 40): Promise<Clustering> {
  const n = vectors.length;
  if (k < 1 || k > n) throw new RangeError(`k must be between 1 and ${n}`);
  const centroids = new Float64Array(k * dimensions);
  seed(vectors, dimensions, k, random, centroids);
  const assignment = new Int32Array(n).fill(-1);
  const best = new Float64Array(n);
  let cohesion = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = 0;
    cohesion = 0;
    for (let i = 0; i < n; i++) {
      let bestC = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const sim = denseDot(vectors[i], centroids, c * dimensions);
        if (sim > bestSim) {
          bestSim = sim;
          bestC = c;
        }
      }
      if (assignment[i] !== bestC) changed++;
      assignment[i] = bestC;
      best[i] = bestSim;
      cohesion += bestSim;
      if ((i & 8191) === 8191) await pause();
    }
    recomputeCentroids(vectors, assignment, dimensions, k, centroids, best);
    await pause();
    if (changed === 0) break;
  }
  return { k, assignment, centroids, dimensions, cohesion };
}

/** k-means++: each next seed drawn with probability proportional to its distance from the nearest seed so far. */
function seed(vectors: readonly SparseVector[], dimensions: number, k: number, random: () => number, centroids: Float64Array): void {
  const n = vectors.length;
  const nearest = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    const v = vectors[chosen];
    for (let j = 0; j < v.indices.length; j++) centroids[c * dimensions + v.indices[j]] = v.values[j];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const distance = Math.max(0, 1 - sparseDot(vectors[i], v));
      if (distance < nearest[i]) nearest[i] = distance;
      total += nearest[i];
    }
    if (c === k - 1) break;
    if (total <= 0) {
      chosen = Math.floor(random() * n);
      continue;
    }
    let target = random() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i];
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
  }
}

function recomputeCentroids(vectors: readonly SparseVector[], assignment: Int32Array, dimensions: number, k: number, centroids: Float64Array, similarity: Float64Array): void {
  centroids.fill(0);
  const sizes = new Int32Array(k);
  for (let i = 0; i < vectors.length; i++) {
    const c = assignment[i];
    sizes[c]++;
    const v = vectors[i];
    for (let j = 0; j < v.indices.length; j++) centroids[c * dimensions + v.indices[j]] += v.values[j];
  }
  for (let c = 0; c < k; c++) {
    if (sizes[c] === 0) {
      // An empty cluster takes the vector that fits its own cluster worst.
      let worst = 0;
      for (let i = 1; i < vectors.length; i++) if (similarity[i] < similarity[worst]) worst = i;
      similarity[worst] = Infinity;
      const v = vectors[worst];
      for (let j = 0; j < v.indices.length; j++) centroids[c * dimensions + v.indices[j]] = v.values[j];
      continue;
    }
    let norm = 0;
    for (let d = c * dimensions; d < (c + 1) * dimensions; d++) norm += centroids[d] * centroids[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = c * dimensions; d < (c + 1) * dimensions; d++) centroids[d] /= norm;
  }
}
