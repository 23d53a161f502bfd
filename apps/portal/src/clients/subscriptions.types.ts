import type { components } from './generated/review';

/** The review's subscription and feed bodies: the generated types of its OpenAPI document. */
type Schemas = components['schemas'];

export type TopicKind = 'theme' | 'regulation' | 'barrier';

export interface Topic {
  kind: TopicKind;
  ref: string;
}

export type Feed = Schemas['FeedDto'];
export type FeedItem = Feed['items'][number];
