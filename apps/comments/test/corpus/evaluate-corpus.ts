import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adjustedRandIndex, f1Scores } from '../../src/analysis/domain/agreement';
import { analyseResponses, BODY_QUESTION } from '../../src/analysis/domain/analyse-responses';
import { STANCES } from '../../src/analysis/domain/stance';

interface CorpusResponse {
  id: string;
  body: string;
  theme: string;
  stance: string;
}

export interface CorpusAgreement {
  perProposal: { key: string; responses: number; handThemes: number; themesFound: number; ari: number }[];
  /** The mean adjusted Rand index over the proposals. */
  meanAri: number;
  /** Stance of the response text against the hand label, over all responses. */
  stanceMacroF1: number;
  stanceAccuracy: number;
  stancePerClass: { label: string; f1: number; support: number }[];
  responses: number;
}

/** Runs the real analysis on the labelled corpus (corpus.json) and measures its agreement with the hand labels. */
export async function evaluateCorpus(): Promise<CorpusAgreement> {
  const corpus = JSON.parse(readFileSync(join(__dirname, 'corpus.json'), 'utf8')) as { proposals: { key: string; responses: CorpusResponse[] }[] };
  const perProposal: CorpusAgreement['perProposal'] = [];
  const truthStance: string[] = [];
  const predictedStance: string[] = [];
  for (const p of corpus.proposals) {
    const findings = await analyseResponses([], p.responses.map((r) => ({ id: r.id, body: r.body, answers: [] })));
    const themeOf = new Map<string, string>();
    for (const t of findings.themes) for (const id of t.responseIds) themeOf.set(id, t.id);
    const predicted = p.responses.map((r) => themeOf.get(r.id) ?? 'unthemed');
    perProposal.push({ key: p.key, responses: p.responses.length, handThemes: new Set(p.responses.map((r) => r.theme)).size, themesFound: findings.themes.length, ari: adjustedRandIndex(p.responses.map((r) => r.theme), predicted) });
    const stanceOf = new Map<string, string>();
    const body = findings.stances.find((s) => s.questionId === BODY_QUESTION)!;
    for (const stance of STANCES) for (const id of body.stances[stance]) stanceOf.set(id, stance);
    for (const r of p.responses) {
      truthStance.push(r.stance);
      predictedStance.push(stanceOf.get(r.id) ?? 'unclear');
    }
  }
  const stance = f1Scores(truthStance, predictedStance, STANCES);
  return {
    perProposal,
    meanAri: perProposal.reduce((s, p) => s + p.ari, 0) / perProposal.length,
    stanceMacroF1: stance.macroF1,
    stanceAccuracy: stance.accuracy,
    stancePerClass: stance.perClass.map(({ label, f1, support }) => ({ label, f1, support })),
    responses: truthStance.length,
  };
}
