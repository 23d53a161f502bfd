import { identifyRegulation } from '@pb/regulations';
import { normaliseArticle } from '../../../../shared/domain/article-number';
import { DUTCH_STOPWORDS } from '@pb/kernel';
import type { SimilarityQuery } from '../../ports/register-crowd';

/** What the reporter typed so far, as the portal's check step sends it. */
export interface TypedBarrier {
  title?: string;
  description?: string;
  regulation?: { name?: string; article?: string; bwbId?: string };
}

/** Entries shown in the check step: enough to recognise one's barrier, few enough to read. */
export const SIMILAR_ENTRIES_LIMIT = 5;
/** An entry is similar by text when it shares this many stems (fewer when the query has fewer). */
export const MIN_SHARED_TERMS = 3;

/**
 * The register's query for a typed barrier: the regulation as the index identifies it (a name like
 * "Wwft" finds BWBR0024282; an article typed into the name counts), the article normalised the way
 * the duplicate ranker compares them, and the text as typed (the database stems it).
 */
export function similarityQuery(typed: TypedBarrier): SimilarityQuery {
  const regulation = typed.regulation ?? {};
  const { bwbId, article } = identifyRegulation({ name: regulation.name?.trim() ?? '', article: regulation.article, bwbId: regulation.bwbId });
  const text = [typed.title, typed.description].map((s) => s?.trim()).filter(Boolean).join('\n');
  const articleKey = normaliseArticle(article);
  return {
    ...(bwbId ? { bwbId } : {}),
    ...(articleKey ? { article: articleKey } : {}),
    ...(text ? { text } : {}),
    minSharedTerms: MIN_SHARED_TERMS,
    ignoredWords: [...DUTCH_STOPWORDS],
    limit: SIMILAR_ENTRIES_LIMIT,
  };
}

export class FindSimilarEntriesQuery {
  constructor(readonly typed: TypedBarrier) {}
}
