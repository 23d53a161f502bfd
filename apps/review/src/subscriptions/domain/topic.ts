import { REGULATION_ID_PATTERN } from '@pb/contracts/vocabulary';

/**
 * What a person can subscribe to (issue 12, item 7): a theme of the strategy (`1.4`), a regulation
 * by its key in the regulation index (`BWBR0024282`, or `EU-32016R0679` for an EU act), or one
 * barrier in the register by its reference (`LKT-2026-000123`). The same topics name the Atom feeds.
 */
export const TOPIC_KINDS = ['theme', 'regulation', 'barrier'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export interface Topic {
  kind: TopicKind;
  ref: string;
}

const REF_PATTERNS: Record<TopicKind, RegExp> = {
  theme: /^\d{1,2}(\.\d{1,2}){0,2}$/,
  regulation: REGULATION_ID_PATTERN,
  barrier: /^LKT-\d{4}-\d{6}$/,
};

export const TOPIC_REF_PATTERN = new RegExp(`^(${Object.values(REF_PATTERNS).map((p) => p.source.slice(1, -1)).join('|')})$`);

export function isTopic(kind: string, ref: string): kind is TopicKind {
  return (TOPIC_KINDS as readonly string[]).includes(kind) && REF_PATTERNS[kind as TopicKind].test(ref);
}

export const topicKey = (t: Topic): string => `${t.kind}:${t.ref}`;
