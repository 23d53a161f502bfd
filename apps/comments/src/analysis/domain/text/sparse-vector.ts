/**
 * A sparse vector: term indices in ascending order and their weights. Responses are short (a few
 * dozen distinct terms out of thousands), so 50 000 of them fit in a few megabytes this way where a
 * dense matrix would take gigabytes — the reason the analysis does not use a dense-matrix library.
 */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { indices: new Int32Array(0), values: new Float32Array(0) };

/** The dot product of two sparse vectors (a merge of their sorted indices). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i];
    const y = b.indices[j];
    if (x === y) sum += a.values[i++] * b.values[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The dot product of a sparse vector with a dense one (a centroid), read at `offset` in `dense`. */
export function denseDot(v: SparseVector, dense: Float64Array, offset = 0): number {
  let sum = 0;
  for (let i = 0; i < v.indices.length; i++) sum += v.values[i] * dense[offset + v.indices[i]];
  return sum;
}

/** Whether the vector has no terms (a response without text, or with stopwords only). */
export const isEmptyVector = (v: SparseVector): boolean => v.indices.length === 0;
