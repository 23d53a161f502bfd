/** The review's subscription and feed bodies, as the portal reads them. */
export type TopicKind = 'theme' | 'regulation' | 'barrier';

export interface Topic {
  kind: TopicKind;
  ref: string;
}

export interface FeedItem {
  id: string;
  kind: 'proposal-published' | 'barrier-resolved' | 'review-compiled';
  subjectRef: string;
  title: string;
  path: string;
  occurredAt: string;
}

export interface Feed {
  topic: Topic;
  items: FeedItem[];
}
