import type { PassageCount, ProposalStatus, ProposalSummary, ProposalView, PublicResponse } from '../../clients/consultations.types';
import type { QuestionResult } from '../../clients/reading-room.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { questionResults } from '../../web/question-results';
import { alert, csrfField, emptyForm, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, raw, SafeHtml } from '../../web/html';
import { label, options, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';
import { answerFieldName, questionField } from './question-fields.views';
import { inItsLanguage, localisedProposal, withDutchNote } from './proposal-language.views';
import { anchoredBody, passageFields, passageFilterEmpty, passageFilterHeading, responsePassage, withdrawalNotice } from './passages.views';
import type { PublicAttachment } from '../../clients/attachments.types';
import { attachmentLinks } from '../../web/attachment-links';
import { attachmentField, attachmentsByResponse, RESPONSE_FILES_FIELD } from './attachments.views';
import type { ReportTopicPart } from '../../web/forms';
import { topicFilterEmpty, topicFilterIntro, topicParts, topicResponsesLink } from './report-topics.views';

export const PUBLIC_STATUSES: readonly string[] = ['open', 'scheduled', 'closed', 'answered'] satisfies ProposalStatus[];

/** What a citizen just did, confirmed at the top of the proposal. */
export type ConsultationNotice = 'verstuurd' | 'steun' | 'gemeld' | 'bevestigd';

export interface ConsultationListData {
  items: ProposalSummary[];
  next: string | null;
  cursor?: string;
  /** The filters: a public status, and a theme code when chosen. */
  wanted: string;
  themeCode?: string;
  themes: ThemeOption[];
}

/** Journeys 5 and 6 for citizens: consultations by status and theme. */
export function renderConsultationList(ctx: PageContext, { items, next, cursor, wanted, themeCode, themes }: ConsultationListData): SafeHtml {
  const title = ctx.msg('consultations:consultations.consultations');
  const form = emptyForm({ status: wanted, thema: themeCode ?? '' });
  const filters = html`<form method="get" action="/consultaties" class="pb-section" aria-label="${ctx.msg('consultations:consultations.filters')}"><div class="pb-filters">
${selectField(ctx, form, { name: 'status', label: ctx.msg('consultations:consultations.status'), options: PUBLIC_STATUSES.map((s) => ({ value: s, label: label(ctx, 'proposalStatus', s) })) })}
${selectField(ctx, form, { name: 'thema', label: ctx.msg('consultations:consultations.theme'), placeholder: ctx.msg('consultations:consultations.allThemes'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })}
</div><div class="pb-actions">${submitButton(ctx.msg('consultations:consultations.show'), 'secondary')}</div></form>`;
  const themeTitle = new Map(themes.map((th) => [th.code, th.title]));
  return layout(ctx, {
    title,
    section: 'consultations',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('consultations:consultations.respondToProposalsForTheDigitalisation')}</p>
${filters}
${
  items.length
    ? html`<ul class="pb-cards">${items.map(
        (p) => {
          const l = localisedProposal(ctx, p);
          return html`<li class="pb-card"><h2 class="utrecht-heading-3"><a class="utrecht-link" href="/consultaties/${p.id}">${inItsLanguage(l.title)}</a>${l.dutchOnly ? html` <span class="pb-lang-note">${ctx.msg('translations:onlyDutch')}</span>` : ''}</h2>
<p class="utrecht-paragraph"${raw(l.summary.lang ? ' lang="nl"' : '')}>${l.summary.text}</p>
<p class="utrecht-paragraph">${ctx.msg('consultations:consultations.theme')}: ${p.theme} ${themeTitle.get(p.theme) ?? ''}<br>${p.status === 'withdrawn' ? ctx.msg('proposal-text:status.withdrawn') : label(ctx, 'proposalStatus', p.status)} · ${ctx.msg('consultations:consultations.closes')} ${formatDate(ctx, p.closesAt)} · ${ctx.msg('common:count.responses', { count: p.responseCount ?? 0 })}</p></li>`;
        },
      )}</ul>`
    : html`<p class="utrecht-paragraph">${ctx.msg('consultations:consultations.thereAreNoConsultationsWithThis')}</p>`
}
${pager(ctx, '/consultaties', { status: wanted, thema: themeCode }, next, cursor)}`,
  });
}

/** A consultations page whose service did not answer. */
export function renderConsultationsUnavailable(ctx: PageContext, title: string, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  return layout(ctx, { title, section: 'consultations', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}

/** The link in the verification mail: a page with a button, so a mail scanner's GET confirms nothing. */
export function renderConfirmPage(ctx: PageContext, token: string): SafeHtml {
  const title = ctx.msg('consultations:consultations.confirmYourEMailAddress');
  return layout(ctx, {
    title,
    section: 'consultations',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('consultations:consultations.confirmThatYouUseThisE')}</p>
<form method="post" action="/reacties/bevestigen">${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
<div class="pb-actions">${submitButton(ctx.msg('consultations:consultations.confirm'))}</div></form>`,
  });
}

/** A confirmation that did not work: why, when the service said (only the mailbox's holder gets here). */
export function renderConfirmFailed(ctx: PageContext, unavailable: 'timeout' | 'down' | 'error' | undefined, alreadyResponded: string | undefined): SafeHtml {
  const title = ctx.msg('consultations:consultations.confirmYourEMailAddress');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}${unavailable ? unavailableMessage(ctx, unavailable) : alert('error', html`<p class="utrecht-paragraph">${alreadyResponded ?? ctx.msg('consultations:consultations.thisConfirmationLinkIsInvalidOr')}</p>`, 'alert')}`,
  });
}

function responseBlock(ctx: PageContext, p: ProposalView, r: PublicResponse, form: FormState, open: boolean, depth: number, files: Map<string, PublicAttachment[]>): SafeHtml {
  return html`<article class="pb-message" id="reactie-${r.id}" aria-labelledby="reactie-${r.id}-kop">
<h3 class="utrecht-heading-3" id="reactie-${r.id}-kop">${r.onBehalfOf ? `${ctx.msg('consultations:consultations.onBehalfOf')} ${r.onBehalfOf}` : ctx.msg('consultations:consultations.responseFromACitizen')} — ${formatDate(ctx, r.publishedAt)}</h3>
${responsePassage(ctx, p, r)}
<p class="utrecht-paragraph pb-response-body">${r.body}</p>
${r.answers.map((a) => html`<p class="utrecht-paragraph"><strong>${a.question}</strong><br>${a.answer}</p>`)}
${attachmentLinks(ctx, files.get(r.id))}
<p class="utrecht-paragraph"><span data-support-count="${r.id}">${r.supportCount}</span> ${ctx.msg('consultations:consultations.supported', { count: r.supportCount })}${open && depth === 0 ? html` · <a class="utrecht-link" href="/consultaties/${p.id}?reageer-op=${r.id}#reageren">${ctx.msg('consultations:consultations.replyToThis')}</a>` : ''}</p>
${
  open
    ? html`<details><summary>${ctx.msg('consultations:consultations.supportOrFlag')}</summary>
<form method="post" action="/reacties/${r.id}/steun" novalidate>${csrfField(ctx)}<input type="hidden" name="proposalId" value="${p.id}">
${textField(ctx, { values: { email: form.values[`support.${r.id}`] ?? '' }, errors: form.errors[`support.${r.id}`] ? { email: form.errors[`support.${r.id}`] } : {} }, { name: 'email', id: fieldId(`support.${r.id}`), label: ctx.msg('consultations:consultations.yourEMailAddressToConfirm'), type: 'email', autocomplete: 'email' })}
<div class="pb-actions">${submitButton(ctx.msg('consultations:consultations.support'), 'secondary')}</div></form>
<form method="post" action="/reacties/${r.id}/melden" novalidate>${csrfField(ctx)}<input type="hidden" name="proposalId" value="${p.id}">
${selectField(ctx, { values: { [`flag.${r.id}`]: form.values[`flag.${r.id}`] ?? '' }, errors: form.errors }, { name: `flag.${r.id}`, label: ctx.msg('consultations:consultations.whyDoYouFlagThisResponse'), placeholder: ctx.msg('consultations:consultations.chooseAReason'), options: options(ctx, 'flagReason') })}
<div class="pb-actions">${submitButton(ctx.msg('consultations:consultations.flagToTheModerator'), 'secondary')}</div></form>
</details>`
    : ''
}
${r.replies.map((reply) => responseBlock(ctx, p, reply, form, open, depth + 1, files))}
</article>`;
}

export function renderProposal(
  ctx: PageContext,
  p: ProposalView,
  page: { items: PublicResponse[]; next: string | null; cursor?: string } | null,
  form: FormState,
  notice?: ConsultationNotice,
  failure?: { general?: string; unavailable?: 'timeout' | 'down' | 'error' },
  themes: readonly ThemeOption[] = [],
  /** Responses per paragraph (null: the comments service did not answer), and the paragraph the list is filtered on. */
  passages: { counts: PassageCount[] | null; filter?: string } = { counts: null },
  /** Results per question, once the consultation closed (the comments service answers them from then on). */
  results: readonly QuestionResult[] = [],
  /** The documents of the public responses (position papers). */
  attachments: readonly PublicAttachment[] = [],
  /** The report topic the responses are narrowed to (`?onderwerp=`): its responses in place of the list. */
  topic?: ReportTopicPart,
): SafeHtml {
  const open = p.status === 'open';
  const files = attachmentsByResponse(attachments);
  const l = localisedProposal(ctx, p);
  // The counts of the choice and scale questions, once closed: inside the consultation report when there is one (issue 11 item 6).
  const choiceResults = results.filter((r) => r.kind !== 'text');
  const statusLabel = p.status === 'withdrawn' ? ctx.msg('proposal-text:status.withdrawn') : label(ctx, 'proposalStatus', p.status);
  const notices = {
    verstuurd: ctx.msg('consultations:consultations.thankYouConfirmYourResponseThrough'),
    steun: ctx.msg('consultations:consultations.confirmYourSupportThroughTheLink'),
    gemeld: ctx.msg('consultations:consultations.thankYouAModeratorWillLook'),
    bevestigd: ctx.msg('consultations:consultations.yourEMailAddressHasBeen'),
  };
  const labels = {
    body: ctx.msg('consultations:consultations.response'),
    'author.name': ctx.msg('consultations:consultations.name'),
    'author.email': ctx.msg('consultations:consultations.eMailAddress'),
    onBehalfOf: ctx.msg('consultations:consultations.organisation'),
    [RESPONSE_FILES_FIELD]: ctx.msg('attachments:portal.label'),
  };
  return layout(ctx, {
    // The tab's title in the reader's language where there is a translation, like the heading.
    title: l.title.text,
    section: 'consultations',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties">${ctx.msg('consultations:consultations.allConsultations')}</a></p>
${heading1(withDutchNote(ctx, l.title))}
${notice ? alert('ok', html`<p class="utrecht-paragraph">${notices[notice]}</p>`) : ''}
${failure?.unavailable ? unavailableMessage(ctx, failure.unavailable) : ''}
${errorSummary(ctx, form, failure?.general, { ...labels, ...Object.fromEntries(l.questions.map((q) => [answerFieldName(q), inItsLanguage(q.text)])), passage: ctx.msg('proposal-text:form.passage'), quote: ctx.msg('proposal-text:form.quote') })}
${withdrawalNotice(ctx, p)}
<p class="utrecht-paragraph"><strong${raw(l.summary.lang ? ' lang="nl"' : '')}>${l.summary.text}</strong></p>
<p class="utrecht-paragraph"><span class="pb-status" id="proposal-status">${statusLabel}</span> ${ctx.msg('consultations:consultations.theme')} ${themeLabel(themes, p.theme)} · ${ctx.msg('consultations:consultations.openFrom')} ${formatDate(ctx, p.opensAt, true)} ${ctx.msg('consultations:consultations.until')} ${formatDate(ctx, p.closesAt, true)} · ${ctx.msg('common:count.responses', { count: p.responseCount ?? 0 })}</p>
${
  l.bodyHtml !== null
    ? html`<p class="utrecht-paragraph pb-lang-note">${ctx.msg('translations:translationNote')}</p><div class="utrecht-rich-text pb-section">${raw(l.bodyHtml)}</div>
<details class="pb-section"${raw(passages.filter ? ' open' : '')}><summary>${ctx.msg('translations:dutchText')}</summary>${anchoredBody(ctx, p, passages.counts, open, 'nl')}</details>`
    : anchoredBody(ctx, p, passages.counts, open, l.title.lang)
}
${p.documents?.length ? html`<h2 class="utrecht-heading-2">${ctx.msg('consultations:consultations.documents')}</h2><ul class="utrecht-unordered-list">${p.documents.map((d) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${/^https?:\/\//.test(d.url) ? d.url : '#'}">${d.title}</a></li>`)}</ul>` : ''}
${
  p.report
    ? html`<section class="pb-section" aria-labelledby="verslag"><h2 class="utrecht-heading-2" id="verslag">${ctx.msg('consultations:consultations.consultationReport')}</h2>
<div class="utrecht-rich-text">${raw(p.report.summaryHtml ?? '')}</div>
${p.report.answers.map((a, i) => html`<h3 class="utrecht-heading-3">${a.topic}</h3><div class="utrecht-rich-text">${raw(a.answerHtml ?? '')}</div>${topicResponsesLink(ctx, p, i + 1, a.responseIds)}`)}
${choiceResults.length ? html`<h3 class="utrecht-heading-3" id="uitkomsten">${ctx.msg('reading-room:results.heading')}</h3>${questionResults(ctx, choiceResults, 3)}` : ''}
</section>`
    : ''
}
${!p.report && choiceResults.length ? html`<section class="pb-section" aria-labelledby="uitkomsten"><h2 class="utrecht-heading-2" id="uitkomsten">${ctx.msg('reading-room:results.heading')}</h2>${questionResults(ctx, choiceResults)}</section>` : ''}
<section class="pb-section" aria-labelledby="reacties"><h2 class="utrecht-heading-2" id="reacties">${topic ? ctx.msg('consultations:reportTopic.heading', { topic: topic.title }) : ctx.msg('consultations:consultations.publicResponses')}</h2>
${topic ? topicFilterIntro(ctx, p, topic, page?.items ?? null) : passages.filter ? passageFilterHeading(ctx, p, passages.filter) : ''}
${
  page === null
    ? unavailableMessage(ctx, 'error')
    : page.items.length
      ? page.items.map((r) => responseBlock(ctx, p, r, form, open, 0, files))
      : topic
        ? topicFilterEmpty(ctx)
        : passages.filter
          ? passageFilterEmpty(ctx)
          : html`<p class="utrecht-paragraph">${ctx.msg('consultations:consultations.noPublicResponsesYet')}</p>`
}
${topic ? topicParts(ctx, p, topic) : page ? pager(ctx, `/consultaties/${p.id}`, { alinea: passages.filter }, page.next, page.cursor) : ''}
</section>
${
  open
    ? html`<section class="pb-section" aria-labelledby="reageren"><h2 class="utrecht-heading-2" id="reageren" tabindex="-1">${form.values.parentId ? ctx.msg('consultations:consultations.replyToAResponse') : ctx.msg('consultations:consultations.yourResponse')}</h2>
<form method="post" action="/consultaties/${p.id}/reacties" enctype="multipart/form-data" novalidate>
${csrfField(ctx)}<input type="hidden" name="parentId" value="${form.values.parentId ?? ''}">
${textArea(ctx, form, { name: 'body', label: ctx.msg('consultations:consultations.response'), rows: 6 })}
${attachmentField(ctx, form)}
${passageFields(ctx, p, form)}
${(form.values.parentId ? [] : l.questions).map((q) => questionField(ctx, form, q))}
${textField(ctx, form, { name: 'author.name', label: ctx.msg('consultations:consultations.name'), autocomplete: 'name', hint: ctx.msg('consultations:consultations.isNotPublished') })}
${textField(ctx, form, { name: 'author.email', label: ctx.msg('consultations:consultations.eMailAddress'), type: 'email', autocomplete: 'email', hint: ctx.msg('consultations:consultations.weSendYouALinkTo') })}
${radioGroup(ctx, form, { name: 'onBehalf', legend: ctx.msg('consultations:consultations.youRespond'), options: [{ value: 'individual', label: ctx.msg('consultations:consultations.asAnIndividual') }, { value: 'organisation', label: ctx.msg('consultations:consultations.onBehalfOfAnOrganisation') }] })}
${textField(ctx, form, { name: 'onBehalfOf', label: ctx.msg('consultations:consultations.nameOfTheOrganisation'), optional: true, autocomplete: 'organization' })}
${radioGroup(ctx, form, { name: 'public', legend: ctx.msg('consultations:consultations.mayYourResponseBeMadePublic'), options: [{ value: 'true', label: ctx.msg('consultations:consultations.yesPublicWithoutNameAndE') }, { value: 'false', label: ctx.msg('consultations:consultations.noOnlyForTheGovernment') }] })}
<div class="pb-actions">${submitButton(ctx.msg('consultations:consultations.sendResponse'))}</div>
</form></section>`
    : p.status === 'withdrawn'
      ? ''
      : html`<p class="utrecht-paragraph">${p.status === 'scheduled' ? ctx.msg('consultations:consultations.thisConsultationIsNotOpenYet') : ctx.msg('consultations:consultations.thisConsultationIsClosedRespondingIs')}</p>`
}`,
  });
}
