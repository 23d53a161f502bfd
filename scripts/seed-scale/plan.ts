/**
 * What `npm run seed:scale` makes, as a pure function of the scale: the national load of issue 14
 * at 1.0 (five years of the loket at about 1 000 reports a working day, 5 000 proposals, 5 million
 * responses of which one consultation holds 1 million, supports and flags), cut into batches. A
 * batch is the unit of the state file: done or not, and a batch run twice sends the same requests
 * with the same idempotency keys, so the platform answers the repeat instead of doing it again.
 */
export interface Volumes {
  reports: number;
  proposals: number;
  responses: number;
  /** Responses to proposal 0, the one consultation that draws a million at scale 1. */
  bigProposalResponses: number;
  supports: number;
  flags: number;
}

export const NATIONAL: Volumes = {
  reports: 1_200_000,
  proposals: 5_000,
  responses: 5_000_000,
  bigProposalResponses: 1_000_000,
  supports: 500_000,
  flags: 50_000,
};

export function volumesAt(scale: number): Volumes {
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be a number in (0, 10], got ${scale}`);
  const at = (n: number) => Math.round(n * scale);
  const responses = at(NATIONAL.responses);
  return {
    reports: Math.max(1, at(NATIONAL.reports)),
    // Two at least: the big consultation and one for every other response.
    proposals: Math.max(2, at(NATIONAL.proposals)),
    responses,
    bigProposalResponses: Math.min(responses, at(NATIONAL.bigProposalResponses)),
    supports: Math.min(responses, at(NATIONAL.supports)),
    flags: Math.min(responses, at(NATIONAL.flags)),
  };
}

export type Phase = 'proposals' | 'reports' | 'responses';

export interface Batch {
  phase: Phase;
  index: number;
  /** First item (inclusive) and end (exclusive) of the phase's numbering. */
  from: number;
  to: number;
}

export const batchKey = (b: Pick<Batch, 'phase' | 'index'>): string => `${b.phase}:${b.index}`;

export function batches(volumes: Volumes, batchSize: number): Batch[] {
  const cut = (phase: Phase, total: number): Batch[] => {
    const out: Batch[] = [];
    for (let from = 0, index = 0; from < total; from += batchSize, index++) out.push({ phase, index, from, to: Math.min(total, from + batchSize) });
    return out;
  };
  // Proposals first: responses need an open consultation to answer.
  return [...cut('proposals', volumes.proposals), ...cut('reports', volumes.reports), ...cut('responses', volumes.responses)];
}

/**
 * Which proposal response n answers: the first `bigProposalResponses` go to proposal 0, the rest
 * round the other proposals, so every consultation has some and one has the national record.
 */
export function proposalOfResponse(n: number, volumes: Volumes): number {
  if (n < volumes.bigProposalResponses || volumes.proposals === 1) return 0;
  return 1 + ((n - volumes.bigProposalResponses) % (volumes.proposals - 1));
}

/** Whether response n gets a support / a flag: spread evenly over the responses, `count` in all. */
export const isEvery = (n: number, count: number, total: number): boolean => count > 0 && Math.floor(((n + 1) * count) / total) > Math.floor((n * count) / total);

export type ReportFate = 'received' | 'duplicate' | 'triaged' | 'in-progress' | 'question' | 'resolved' | 'question-then-resolved';

/**
 * The life of report n, in the shares an intake desk sees: most are triaged, half get an outcome,
 * a quarter a question first, one in twenty is a duplicate of an earlier report, one in ten still
 * waits for triage. The first report of each batch is never a duplicate: it is the original the
 * batch's duplicates point at (an original from an earlier batch may not have been triaged yet).
 */
export function reportFate(n: number, batchStart: number): ReportFate {
  const d = mix(n) % 100;
  if (d < 5 && n !== batchStart) return 'duplicate';
  if (d < 15) return 'received';
  if (d < 25) return 'question';
  if (d < 40) return 'question-then-resolved';
  if (d < 75) return 'resolved';
  if (d < 90) return 'in-progress';
  return 'triaged';
}

/** A cheap, well-spread hash of an integer (deterministic choices per item without a shared RNG). */
export function mix(n: number): number {
  let x = (n + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
