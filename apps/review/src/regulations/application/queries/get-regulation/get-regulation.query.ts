import type { RegulationName } from '../../support/regulation-name';
import type { RegulationCitations } from '../../ports/regulation-index';

export class GetRegulationQuery {
  constructor(readonly bwbId: string) {}
}

export type RegulationView = RegulationName & RegulationCitations;
