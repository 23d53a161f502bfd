import type { RegulationName } from '../../support/regulation-name';
import type { RegulationSummary } from '../../ports/regulation-index';

export class ListRegulationsQuery {}

export type RegulationListItem = RegulationSummary & RegulationName;

export interface RegulationListView {
  items: RegulationListItem[];
}
