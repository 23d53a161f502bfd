import type { ProposalSummary, ProposalView } from '../../clients/consultations.types';
import { html, HtmlValue, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

/**
 * A proposal in the reader's language (issue 11 item 7). Dutch is the original; an English page
 * shows the translation a coordinator entered, and where there is none (the whole proposal, or one
 * question or option) the Dutch — marked `lang="nl"` so a screen reader pronounces it as Dutch
 * (WCAG 3.1.2) and with a visible "(only available in Dutch)".
 */
type Question = NonNullable<ProposalView['questions']>[number];

/** A text and the language it is in when that is not the page's (`'nl'` on an English page), else undefined. */
export interface Localised {
  text: string;
  lang?: 'nl';
}

export interface LocalisedQuestion {
  id: string;
  kind?: Question['kind'];
  text: Localised;
  options?: { id: string; label: Localised }[];
}

export interface LocalisedProposal {
  title: Localised;
  summary: Localised;
  /** The translated body (safe HTML), or null: show the Dutch text (its anchored paragraphs). */
  bodyHtml: string | null;
  questions: LocalisedQuestion[];
  /** True on an English page of a proposal without a translation. */
  dutchOnly: boolean;
}

export function localisedProposal(ctx: PageContext, p: ProposalView | ProposalSummary): LocalisedProposal {
  const t = ctx.lang === 'en' ? p.translation : null;
  const dutch = ctx.lang === 'en' ? ('nl' as const) : undefined;
  const tq = new Map((t?.questions ?? []).map((q) => [q.id, q]));
  const questions = (p.questions ?? []).map((q) => {
    const translated = tq.get(q.id);
    const labels = new Map((translated?.options ?? []).map((o) => [o.id, o.label]));
    return {
      id: q.id,
      kind: q.kind,
      text: translated ? { text: translated.text } : { text: q.text, lang: dutch },
      ...(q.options ? { options: q.options.map((o) => ({ id: o.id, label: labels.has(o.id) ? { text: labels.get(o.id)! } : { text: o.label, lang: dutch } })) } : {}),
    };
  });
  return {
    title: t ? { text: t.title } : { text: p.title, lang: dutch },
    summary: t ? { text: t.summary } : { text: p.summary, lang: dutch },
    bodyHtml: t && 'bodyHtml' in t ? (t.bodyHtml ?? null) : null,
    questions,
    dutchOnly: ctx.lang === 'en' && !t,
  };
}

/** A text in a span marked with its language when it is not the page's. */
export function inItsLanguage(l: Localised): SafeHtml {
  return l.lang ? html`<span lang="${l.lang}">${l.text}</span>` : html`${l.text}`;
}

/** The text, and after it the visible note when it is Dutch on an English page (the note itself in English). */
export function withDutchNote(ctx: PageContext, l: Localised): SafeHtml {
  return l.lang ? html`${inItsLanguage(l)} <span class="pb-lang-note">${ctx.msg('translations:onlyDutch')}</span>` : html`${l.text}`;
}

/** A block of content marked Dutch on an English page (the text of a proposal without a translation). */
export function dutchBlock(lang: 'nl' | undefined, content: HtmlValue): SafeHtml {
  return lang ? html`<div lang="nl">${content}</div>` : html`${content}`;
}
