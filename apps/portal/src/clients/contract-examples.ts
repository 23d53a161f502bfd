import type { ModerationItem, ProposalSummary, ProposalView, PublicResponse } from './consultations.types';
import type { OfficialReport, QueueItem, RegisterEntry, ReportView } from './loket.types';
import type { ParkedEventView } from './parked-events.client';
import type { Amendment, Counts, ErasureView, IndicatorData, MonitorView, OpenDataset, ReviewContent, ReviewFigure, ReviewTheme } from './review.types';
import type { StrategyVersion } from './strategy.types';

/**
 * Complete, neutral bodies of the services' answers, typed by the generated clients: a view spec
 * spreads what it is about over one of these, so its fixture is a body the service can really send
 * (a changed contract fails the spec's compile, not the page in production).
 */

const AT = '2026-03-01T10:00:00Z';
const figure = (id: string, value: number | null = 0): ReviewFigure => ({ id, value, drillDown: `/api/review/years/2026/revisions/1/figures/${id}` });

export const exampleProposal = (): ProposalView => ({
  id: '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11',
  status: 'open',
  title: 'Voorstel',
  summary: '',
  theme: '1.3',
  strategyVersion: '2026.1',
  opensAt: AT,
  closesAt: '2026-04-01T10:00:00Z',
  openedAt: null,
  closedAt: null,
  answeredAt: null,
  publishedAt: null,
  moderation: 'post',
  responseCount: 0,
  questions: [],
  documents: [],
  body: '',
  bodyHtml: '',
  textVersion: 1,
  paragraphs: [],
  withdrawal: null,
  report: null,
  translation: null,
});

export const exampleProposalSummary = (): ProposalSummary => {
  const { body: _body, bodyHtml: _html, report: _report, paragraphs: _paragraphs, ...summary } = exampleProposal();
  return summary;
};

export const examplePublicResponse = (): PublicResponse => ({ id: 'r1', body: '', answers: [], onBehalfOf: null, publishedAt: AT, supportCount: 0, passage: null, replies: [] });

export const exampleModerationItem = (): ModerationItem => ({
  id: 'm1',
  proposalId: 'p1',
  parentId: null,
  status: 'pending-moderation',
  reason: 'pre-moderation',
  body: '',
  answers: [],
  authorName: null,
  onBehalfOf: null,
  public: true,
  flagCount: 0,
  flags: [],
  submittedAt: AT,
});

export const exampleReporterView = (): ReportView => ({
  reference: 'LKT-2026-000001',
  title: 'Melding',
  description: '',
  status: 'received',
  technology: 'other',
  sector: 'J',
  regulation: { name: 'Wet' },
  receivedAt: AT,
  deadlines: { triageBy: AT, answerBy: AT },
  waitingForYou: false,
  satisfactionAsked: false,
  reopenCount: 0,
  timeline: [],
  messages: [],
  outcome: null,
  original: null,
  linkExpiresAt: '2026-06-01T10:00:00Z',
  parts: [],
  partOf: null,
});

export const exampleOfficialReport = (): OfficialReport => ({
  reference: 'LKT-2026-000001',
  title: 'Melding',
  description: '',
  status: 'received',
  technology: 'other',
  sector: 'J',
  regulation: { name: 'Wet' },
  receivedAt: AT,
  deadlines: { triageBy: AT, answerBy: AT },
  overdue: false,
  paused: false,
  theme: null,
  category: null,
  priority: null,
  department: null,
  handler: null,
  strategyVersion: null,
  company: { name: null, kvkNumber: null, sizeClass: null },
  contact: null,
  consent: { contact: true, publish: false },
  impact: null,
  suggestedSolution: null,
  suggestion: { theme: null, department: null, alternatives: { theme: [], department: [] }, trainedOn: 0 },
  parts: [],
  partOf: null,
  timeline: [],
  messages: [],
  outcome: null,
  originalReference: null,
  originalInScope: false,
  duplicates: [],
  possibleDuplicates: [],
  routing: null,
  answerTemplates: [],
});

export const exampleQueueItem = (): QueueItem => {
  const r = exampleOfficialReport();
  return { reference: r.reference, title: r.title, status: r.status, technology: r.technology, regulation: r.regulation, receivedAt: r.receivedAt, deadlines: r.deadlines, overdue: false, theme: null, priority: null, department: null, handler: null };
};

export const exampleRegisterEntry = (): RegisterEntry => ({
  reference: 'LKT-2026-000001',
  title: 'Melding',
  regulation: { name: 'Wet' },
  technology: 'other',
  sector: 'J',
  theme: null,
  strategyVersion: null,
  outcome: 'explained',
  explanation: '',
  resolvedAt: AT,
  clusterSize: 1,
});

export const exampleErasure = (): ErasureView => ({ id: 'e1', status: 'pending', requestedAt: AT, requestedBy: 'a1', completedAt: null, services: [] });

export const exampleParkedEvent = (): ParkedEventView => ({
  position: '1',
  eventId: '00000000-0000-4000-8000-000000000001',
  type: 'ReportSubmitted.v1',
  topic: 'loket.barrier-reports',
  aggregateId: 'LKT-2026-000001',
  createdAt: AT,
  parkedAt: AT,
  reason: '',
  heldBehind: null,
  bytes: 0,
});

export const exampleCounts = (): Counts => ({
  barrierReports: 0,
  endorsements: 0,
  openBarrierReports: 0,
  resolvedBarrierReports: 0,
  resolvedLateBarrierReports: 0,
  overdueBarrierReports: 0,
  duplicateClusters: 0,
  proposals: 0,
  responses: 0,
  respondents: 0,
});

export const exampleMonitor = (): MonitorView => ({ generatedAt: AT, strategyVersion: null, totals: exampleCounts(), themes: [] });
export const exampleMonitorTheme = (): MonitorView['themes'][number] => ({ code: '1.1', title: 'Thema', ...exampleCounts(), outcomes: [], medianHandlingWorkingDays: null, satisfaction: { answered: 0, satisfied: 0 } });

export const exampleIndicator = (): IndicatorData => ({
  id: 'i1',
  theme: '1.1',
  code: 'indicator',
  strategyVersion: '2026.1',
  definition: { nl: '', en: '' },
  unit: '%',
  source: '',
  target: { value: null, year: null, comparison: null, source: { section: '', quote: '' } },
  values: [],
  history: [],
  latest: null,
});
export const exampleIndicatorValue = (): IndicatorData['values'][number] => ({
  id: 'v1',
  indicatorId: 'i1',
  period: '2026',
  value: 0,
  source: '',
  observedOn: '2026-01-01',
  recordedAt: AT,
  recordedBy: 'c1',
  corrects: null,
  correctionReason: null,
});

export const exampleDataset = (): OpenDataset => ({ name: 'dataset', title: 'Dataset', description: '', url: '/api/review/open-data/dataset.csv', schema: { columns: [] } });

export const exampleReviewTheme = (): ReviewTheme => ({
  code: '1.1',
  version: null,
  title: 'Thema',
  reports: {
    received: figure('received'),
    receivedPreviousYear: figure('receivedPreviousYear'),
    change: 0,
    resolved: figure('resolved'),
    open: figure('open'),
    rejected: figure('rejected'),
    duplicates: figure('duplicates'),
    clusters: figure('clusters'),
    overdue: figure('overdue'),
  },
  handlingWorkingDays: { median: figure('median', null), p90: figure('p90', null) },
  outcomes: [],
  regulations: [],
  technologies: [],
  sectors: [],
  consultations: {
    proposals: figure('proposals'),
    proposalsPreviousYear: figure('proposalsPreviousYear'),
    responses: figure('responses'),
    responsesPreviousYear: figure('responsesPreviousYear'),
    responsesFromOrganisations: figure('responsesFromOrganisations'),
    responsesFromIndividuals: figure('responsesFromIndividuals'),
    respondents: figure('respondents'),
    reports: figure('reports'),
  },
  consultationReports: [],
  notableResponses: [],
  amendments: [],
});

export const exampleReview = (): ReviewContent => ({
  year: 2026,
  revision: 1,
  compiledAt: AT,
  asOfPosition: 0,
  strategyVersion: null,
  totals: {
    barrierReports: figure('barrierReports'),
    barrierReportsPreviousYear: figure('barrierReportsPreviousYear'),
    resolvedBarrierReports: figure('resolvedBarrierReports'),
    overdueBarrierReports: figure('overdueBarrierReports'),
    duplicateClusters: figure('duplicateClusters'),
    proposals: figure('proposals'),
    responses: figure('responses'),
    respondents: figure('respondents'),
  },
  themes: [],
});

export const exampleAmendment = (): Amendment => ({
  id: '4f1c2a9e-0000-4000-8000-000000000001',
  kind: 'add-action',
  themeCode: '1.1',
  actionIndex: null,
  text: null,
  summary: '',
  evidence: [],
  status: 'proposed',
  reason: null,
  proposedAt: AT,
  decidedAt: null,
  requestedInVersion: null,
});

export const exampleStrategyVersion = (): StrategyVersion => ({ version: '2026.1', previousVersion: null, title: 'Strategie', publishedAt: AT, themes: [], tracks: [], changelog: [] });
export const exampleChangedTheme = (): NonNullable<StrategyVersion['diff']>['changed'][number] => ({ code: '1.1', title: 'Thema', actions: { added: [], removed: [] } });
