import { createHash } from 'node:crypto';
import {
  BarrierEndorsedV1,
  BarrierEndorsementWithdrawnV1,
  BarrierMarkedDuplicateV1,
  BarrierReportedV1,
  BarrierResolvedV1,
  BarrierSatisfactionGivenV1,
  BarrierStatusChangedV1,
  BarrierTriagedV1,
  EventEnvelope,
  IntegrationEventClass,
  OUTCOMES,
  ProposalAnsweredV1,
  ProposalClosedV1,
  ProposalOpenedV1,
  ProposalPublishedV1,
  ResponseSubmittedV1,
  ResponseSubmittedV2,
  ResponseSupportedV1,
  SBI_SECTIONS,
  StrategyVersionPublishedV1,
  TECHNOLOGIES,
} from '@pb/contracts';
import { createEvent } from '@pb/messaging';

/** The 24 domains of strategy version 2018.0 (codes and titles as in the strategy's summary tables). */
export const THEMES_2018: [string, string][] = [
  ['1.1', 'Digitaal vaardig mkb'], ['1.2', 'Een vooruitstrevende en flexibele industrie'],
  ['1.3', 'Een transparante en toegankelijke digitale overheid'], ['1.4', 'Slimme en duurzame mobiliteit'],
  ['1.5', 'Digitalisering laten werken voor kwaliteit van leven'], ['1.6', 'Duurzame en veilige voedselvoorziening'],
  ['1.7', 'Een flexibel energiesysteem'], ['2.1.1', 'Een sterke nationale basis voor kennis, onderzoek en innovatie'],
  ['2.1.2', 'Innovatievriendelijke en toekomstbestendige wetgeving'], ['2.2.1', 'Onderwijscurriculum up-to-date'],
  ['2.2.2', 'Adequaat niveau van digitale basisvaardigheden'], ['2.2.3', 'Een lerende beroepsbevolking'],
  ['2.2.4', 'Voldoende ICT-professionals'], ['2.2.5', 'Duidelijkheid over werken via platforms'],
  ['2.3.1', 'Competitieve markten'], ['2.3.2', 'Eerlijke onderlinge verhoudingen'], ['2.3.3', 'Een florerende data-economie'],
  ['2.3.4', 'Digitale infrastructuur van wereldklasse'], ['2.4.1', 'Een veilige digitale samenleving'],
  ['2.4.2', 'Bescherming van en regie op persoonsgegevens'], ['2.4.3', 'Goede bescherming bij aankopen op internet'],
  ['2.5.1', 'Vertrouwen in de digitale toekomst'], ['2.5.2', 'Samenwerking en dialoog'],
  ['2.5.3', 'Betrouwbare informatie en inhoud op online platformen'],
];

const REGULATIONS: [string, string][] = [
  ['Wet luchtvaart', 'BWBR0005555'], ['Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)', 'BWBR0040940'],
  ['Telecommunicatiewet', 'BWBR0009950'], ['Wegenverkeerswet 1994', 'BWBR0006622'], ['Omgevingswet', 'BWBR0037885'],
  ['Wet op het financieel toezicht', 'BWBR0020368'], ['Handelsregisterwet 2007', 'BWBR0021777'], ['Elektriciteitswet 1998', 'BWBR0009755'],
];

/** Deterministic ids and choices, so a scenario is the same on every run. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    // xorshift32
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export const uuidFrom = (seed: string): string => {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export interface ScenarioEvent {
  topic: string;
  key: string;
  envelope: EventEnvelope<object>;
}

let counter = 0;
function envelope<P extends object>(cls: IntegrationEventClass<P>, aggregateId: string, aggregateVersion: number, payload: P, occurredAt: string, seed: string): ScenarioEvent {
  return {
    topic: cls.topic,
    key: aggregateId,
    envelope: {
      eventId: uuidFrom(`${seed}:${cls.type}:${aggregateId}:${aggregateVersion}:${counter++}`),
      type: cls.type,
      version: cls.version,
      occurredAt,
      aggregateId,
      aggregateVersion,
      correlationId: uuidFrom(`corr:${aggregateId}`),
      causationId: null,
      actor: { role: 'system', id: 'scenario' },
      payload,
    },
  };
}

export function strategyVersionEvent(version = '2018.0', themes = THEMES_2018, publishedAt = '2018-06-01T10:00:00.000Z'): ScenarioEvent {
  const payload: StrategyVersionPublishedV1 = {
    version,
    previousVersion: null,
    title: 'Nederlandse Digitaliseringsstrategie',
    publishedAt,
    themes: themes.map(([code, title]) => ({ code, title, ambition: `Ambitie ${code}`, actions: [`Actie 1 van ${code}`, `Actie 2 van ${code}`], track: Number(code[0]), spearhead: code.split('.').length === 3 ? Number(code.split('.')[1]) : null })),
    changes: [],
  };
  return envelope(StrategyVersionPublishedV1, `strategy-${version}`, 1, payload, publishedAt, 'strategy');
}

export interface ScenarioOptions {
  seed?: number;
  reports: number;
  years?: number[];
  strategyVersion?: string;
  /** Extra fields on every BarrierReported (e.g. personal-looking text for the open data scan). */
  title?: (i: number) => string;
  regulationName?: (i: number) => string;
}

/**
 * Realistic loket traffic: each report is reported, and then (mostly) triaged under a theme,
 * taken in progress and resolved with an outcome and handling time; some are duplicates of earlier
 * reports (clusters). About 4.4 events per report.
 */
export function loketScenario(options: ScenarioOptions): ScenarioEvent[] {
  const rng = new Rng(options.seed ?? 42);
  const years = options.years ?? [2025, 2026];
  const version = options.strategyVersion ?? '2018.0';
  const events: ScenarioEvent[] = [];
  const originals: string[] = [];
  for (let i = 0; i < options.reports; i++) {
    const seed = `${options.seed ?? 42}:${i}`;
    const reportId = uuidFrom(`report:${seed}`);
    const year = years[i % years.length];
    const day = 1 + rng.int(330);
    const reportedAt = new Date(Date.UTC(year, 0, day, 8 + rng.int(9), rng.int(60))).toISOString();
    const [regulationName, bwbId] = rng.pick(REGULATIONS);
    const reported: BarrierReportedV1 = {
      reportId,
      reference: `LKT-${year}-${String(i + 1).padStart(6, '0')}`,
      title: options.title?.(i) ?? `Belemmering ${i}`,
      regulation: { name: options.regulationName?.(i) ?? regulationName, article: String(1 + rng.int(80)), ...(rng.int(5) ? { bwbId } : {}) },
      technology: rng.pick(TECHNOLOGIES),
      sector: rng.pick(SBI_SECTIONS),
      companySizeClass: rng.pick(['micro', 'small', 'medium', 'large'] as const),
      reporterId: uuidFrom(`reporter:${seed}`),
      publishConsent: rng.int(2) === 0,
      reportedAt,
      triageBy: reportedAt.slice(0, 10),
      answerBy: reportedAt.slice(0, 10),
    };
    let v = 1;
    const at = (days: number): string => new Date(Date.parse(reportedAt) + days * 86_400_000).toISOString();
    events.push(envelope(BarrierReportedV1, reportId, v++, reported, reportedAt, seed));
    const fate = rng.int(10);
    if (fate === 0) continue; // still received
    const theme = rng.pick(THEMES_2018)[0];
    const triaged: BarrierTriagedV1 = { reportId, theme, strategyVersion: version, priority: rng.pick(['low', 'normal', 'high'] as const), department: rng.pick(['EZK', 'BZK', 'IenW', 'JenV']), handlerId: uuidFrom(`handler:${rng.int(20)}`) };
    events.push(envelope(BarrierTriagedV1, reportId, v++, triaged, at(1), seed));
    events.push(envelope(BarrierStatusChangedV1, reportId, v++, { reportId, from: 'received', to: 'triaged' } as BarrierStatusChangedV1, at(1), seed));
    if (fate === 1 && originals.length) {
      const original = rng.pick(originals);
      events.push(envelope(BarrierMarkedDuplicateV1, reportId, v++, { reportId, originalReportId: original }, at(2), seed));
      events.push(envelope(BarrierStatusChangedV1, reportId, v++, { reportId, from: 'triaged', to: 'duplicate' } as BarrierStatusChangedV1, at(2), seed));
      continue;
    }
    originals.push(reportId);
    if (fate === 2) {
      events.push(envelope(BarrierStatusChangedV1, reportId, v++, { reportId, from: 'triaged', to: 'in_progress' } as BarrierStatusChangedV1, at(3), seed));
      continue; // open
    }
    const days = 2 + rng.int(40);
    const resolved: BarrierResolvedV1 = { reportId, outcome: rng.pick(OUTCOMES), handlingWorkingDays: days, overdue: days > 30, published: rng.int(2) === 0 };
    events.push(envelope(BarrierResolvedV1, reportId, v++, resolved, at(days), seed));
  }
  return events;
}

/**
 * Consultations: proposals published, opened, closed and answered, with responses from a pool of
 * respondents (some respond more than once, some on behalf of an organisation) and support.
 */
export function consultationScenario(options: { seed?: number; proposals: number; responsesPerProposal: number; year?: number; strategyVersion?: string }): ScenarioEvent[] {
  const rng = new Rng(options.seed ?? 5);
  const year = options.year ?? 2026;
  const version = options.strategyVersion ?? '2018.0';
  const events: ScenarioEvent[] = [];
  const respondents = Array.from({ length: Math.max(3, Math.floor(options.proposals * options.responsesPerProposal * 0.6)) }, (_, i) => `rsp-${createHash('sha256').update(`${options.seed}:${i}`).digest('hex').slice(0, 32)}`);
  for (let i = 0; i < options.proposals; i++) {
    const seed = `p${options.seed ?? 5}:${i}`;
    const proposalId = uuidFrom(`proposal:${seed}`);
    const theme = rng.pick(THEMES_2018)[0];
    const opensAt = new Date(Date.UTC(year, rng.int(9), 1 + rng.int(27), 8)).toISOString();
    const closesAt = new Date(Date.parse(opensAt) + 42 * 86_400_000).toISOString();
    const questions = [{ id: uuidFrom(`q:${seed}`), text: 'Wat vindt u ervan?' }];
    let v = 1;
    events.push(envelope(ProposalPublishedV1, proposalId, v++, { proposalId, title: `Voorstel ${i}`, theme, strategyVersion: version, moderation: 'post', questions, opensAt, closesAt, publishedAt: opensAt } as ProposalPublishedV1, opensAt, seed));
    events.push(envelope(ProposalOpenedV1, proposalId, v++, { proposalId, theme, opensAt, closesAt, openedAt: opensAt } as ProposalOpenedV1, opensAt, seed));
    const responseIds: string[] = [];
    for (let j = 0; j < options.responsesPerProposal; j++) {
      const responseId = uuidFrom(`response:${seed}:${j}`);
      responseIds.push(responseId);
      const submittedAt = new Date(Date.parse(opensAt) + (1 + rng.int(40)) * 86_400_000).toISOString();
      const submitted: ResponseSubmittedV1 = {
        responseId, proposalId, theme, respondentId: rng.pick(respondents), onBehalfOfOrganisation: rng.int(4) === 0, public: rng.int(3) > 0,
        parentId: null, answeredQuestionIds: [questions[0].id], status: 'published', submittedAt, verifiedAt: submittedAt,
      };
      // Every third response is sent as version 2 with the regulations its text cites (no rng draw: the rest of the scenario stays the same).
      if (j % 3 === 1) {
        const citedRegulations = [{ bwbId: REGULATIONS[(i + j) % REGULATIONS.length][1], article: String(1 + j) }, ...(j % 2 ? [{ bwbId: REGULATIONS[i % REGULATIONS.length][1] }] : [])];
        events.push(envelope(ResponseSubmittedV2, responseId, 1, { ...submitted, citedRegulations } as ResponseSubmittedV2, submittedAt, seed));
      } else {
        events.push(envelope(ResponseSubmittedV1, responseId, 1, submitted, submittedAt, seed));
      }
      if (rng.int(3) === 0) events.push(envelope(ResponseSupportedV1, responseId, 2, { responseId, proposalId, supporterId: `sup-${j}`, supportCount: 1 + rng.int(9), supportedAt: submittedAt } as ResponseSupportedV1, submittedAt, seed));
    }
    events.push(envelope(ProposalClosedV1, proposalId, v++, { proposalId, theme, closesAt, closedAt: closesAt } as ProposalClosedV1, closesAt, seed));
    if (rng.int(2) === 0) {
      const answeredAt = new Date(Date.parse(closesAt) + 14 * 86_400_000).toISOString();
      events.push(envelope(ProposalAnsweredV1, proposalId, v++, { proposalId, theme, title: `Verslag bij voorstel ${i}`, answers: [{ topic: 'Algemeen', responseIds }], responseIds, answeredAt } as ProposalAnsweredV1, answeredAt, seed));
    }
  }
  return events;
}

/**
 * Everything the projections take in, as the replay tests use it: a strategy version, loket traffic
 * (240 reports), the reporters' verdicts, endorsements (some taken back) and consultations. The
 * responses come first on purpose: the review must cope with a response whose proposal it has not
 * seen yet.
 */
export function projectionScenario(): { events: ScenarioEvent[]; verdicts: ScenarioEvent[]; endorsements: ScenarioEvent[] } {
  const consultation = consultationScenario({ proposals: 12, responsesPerProposal: 6, seed: 3 });
  const loket = loketScenario({ reports: 240, seed: 7 });
  // The reporters' verdicts on the answers: every third did not help.
  const verdicts: ScenarioEvent[] = loket
    .filter((e) => e.envelope.type === 'loket.BarrierResolved')
    .map((e, i) => {
      const { reportId, outcome } = e.envelope.payload as BarrierResolvedV1;
      const envelope = createEvent(BarrierSatisfactionGivenV1, { reportId, satisfied: i % 3 !== 0, outcome, round: 1 }, { aggregateId: reportId, aggregateVersion: 50, actor: { role: 'system', id: 'scenario' } });
      return { topic: BarrierSatisfactionGivenV1.topic, key: reportId, envelope };
    });
  // "This is my barrier too" of every fourth resolved report (two companies each); every third endorsement is taken back.
  const endorsements: ScenarioEvent[] = loket
    .filter((e) => e.envelope.type === 'loket.BarrierResolved')
    .filter((_, i) => i % 4 === 0)
    .flatMap((e, i) => {
      const { reportId } = e.envelope.payload as BarrierResolvedV1;
      const meta = { aggregateId: reportId, aggregateVersion: 51, actor: { role: 'reporter' as const, id: 'scenario' }, occurredAt: new Date(Date.parse(e.envelope.occurredAt) + 86_400_000) };
      return [0, 1].flatMap((n) => {
        const endorsementId = uuidFrom(`endorsement:${reportId}:${n}`);
        const made = { topic: BarrierEndorsedV1.topic, key: reportId, envelope: createEvent(BarrierEndorsedV1, { endorsementId, reportId }, meta) };
        if ((2 * i + n) % 3 !== 0) return [made];
        return [made, { topic: BarrierEndorsementWithdrawnV1.topic, key: reportId, envelope: createEvent(BarrierEndorsementWithdrawnV1, { endorsementId, reportId }, meta) }];
      });
    });
  const events = [
    strategyVersionEvent(),
    ...consultation.filter((e) => e.topic === 'consultation.comments'),
    ...loket,
    ...verdicts,
    ...endorsements,
    ...consultation.filter((e) => e.topic !== 'consultation.comments'),
  ];
  return { events, verdicts, endorsements };
}
