import type { ProjectedProposal } from '../ports/proposal-projection.store';

/** A proposal's title in Dutch (the original) and in English when a translation was entered. */
export interface ProposalTitles {
  nl: string;
  en: string | null;
}

/** The titles our projection holds; an unknown proposal has an empty title (as the mails had before). */
export function titlesOf(p: Pick<ProjectedProposal, 'title' | 'titleEn'> | null): ProposalTitles {
  return { nl: p?.title ?? '', en: p?.titleEn ?? null };
}

/** The title a mail names in `lang`: English when there is one, else the Dutch (the text of record). */
export function titleIn(titles: ProposalTitles, lang: 'nl' | 'en'): string {
  return lang === 'en' ? (titles.en ?? titles.nl) : titles.nl;
}
