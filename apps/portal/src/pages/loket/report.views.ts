import { ReportView, resolutionOf } from '../../clients/loket.types';
import { alert, checkbox, csrfField, dataList, errorSummary, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label, options, OUTCOME_LABELS, REPORTER_STATUS_LABELS, SECTOR_LABELS, SIZE_LABELS, TECHNOLOGY_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { lostLinkHref } from './tracking-link.views';

export function renderReportForm(ctx: PageContext, form: FormState, unavailable?: 'timeout' | 'down' | 'error'): SafeHtml {
  const t = ctx.t;
  const title = t('Belemmering melden', 'Report a barrier');
  return layout(ctx, {
    title: Object.keys(form.errors).length ? `${t('Fout', 'Error')}: ${title}` : title,
    section: 'report',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, undefined, reportFieldLabels(ctx))}
<p class="utrecht-paragraph">${t(
      'Loopt u als ondernemer bij een digitale innovatie aan tegen wet- of regelgeving? Meld het hier. U krijgt direct een referentienummer en per e-mail een persoonlijke link waarmee u de behandeling volgt.',
      'Are you an entrepreneur whose digital innovation is blocked by law or regulation? Report it here. You get a reference number at once and, by e-mail, a private link to follow its handling.',
    )}</p>
<form method="post" action="/meldingen/nieuw" novalidate class="utrecht-form">
${csrfField(ctx)}
<h2 class="utrecht-heading-2">${t('De belemmering', 'The barrier')}</h2>
${textField(ctx, form, { name: 'title', label: t('Titel', 'Title'), hint: t('Vat de belemmering samen in één zin (5 tot 200 tekens).', 'Sum up the barrier in one sentence (5 to 200 characters).') })}
${textArea(ctx, form, { name: 'description', label: t('Wat wilt u doen en wat houdt u tegen?', 'What do you want to do and what stops you?'), hint: t('Minimaal 20 tekens.', 'At least 20 characters.'), rows: 8 })}
${selectField(ctx, form, { name: 'technology', label: t('Technologie', 'Technology'), placeholder: t('Kies een technologie', 'Choose a technology'), options: options(TECHNOLOGY_LABELS, ctx.lang) })}
${selectField(ctx, form, { name: 'sector', label: t('Sector', 'Sector'), hint: t('De SBI-sectie van uw bedrijf.', 'The SBI section of your company.'), placeholder: t('Kies een sector', 'Choose a sector'), options: options(SECTOR_LABELS, ctx.lang) })}
${textArea(ctx, form, { name: 'impact', label: t('Gevolgen', 'Impact'), hint: t('Wat kost de belemmering u, of wat levert het oplossen op?', 'What does the barrier cost you, or what would solving it bring?'), optional: true, rows: 4 })}
${textArea(ctx, form, { name: 'suggestedSolution', label: t('Uw voorstel voor een oplossing', 'Your suggested solution'), optional: true, rows: 4 })}
<h2 class="utrecht-heading-2">${t('De regelgeving', 'The regulation')}</h2>
${textField(ctx, form, { name: 'regulation.name', label: t('Naam van de wet of regeling', 'Name of the law or regulation'), hint: t('Bijvoorbeeld: Wet ter voorkoming van witwassen en financieren van terrorisme', 'For example: Wet ter voorkoming van witwassen en financieren van terrorisme') })}
${textField(ctx, form, { name: 'regulation.article', label: t('Artikel', 'Article'), optional: true, width: 'sm' })}
${textField(ctx, form, { name: 'regulation.bwbId', label: t('BWB-id', 'BWB id'), hint: t('Het kenmerk op wetten.overheid.nl, bijvoorbeeld BWBR0024282.', 'The identifier on wetten.overheid.nl, for example BWBR0024282.'), optional: true, width: 'sm' })}
<h2 class="utrecht-heading-2">${t('Uw bedrijf', 'Your company')}</h2>
${textField(ctx, form, { name: 'company.name', label: t('Bedrijfsnaam', 'Company name'), autocomplete: 'organization' })}
${textField(ctx, form, { name: 'company.kvkNumber', label: t('KvK-nummer', 'Chamber of Commerce (KvK) number'), hint: t('8 cijfers.', '8 digits.'), inputmode: 'numeric', width: 'sm' })}
${radioGroup(ctx, form, { name: 'company.sizeClass', legend: t('Omvang van het bedrijf', 'Company size'), options: options(SIZE_LABELS, ctx.lang) })}
<h2 class="utrecht-heading-2">${t('Contactgegevens', 'Contact details')}</h2>
${textField(ctx, form, { name: 'contact.name', label: t('Uw naam', 'Your name'), autocomplete: 'name' })}
${textField(ctx, form, { name: 'contact.email', label: t('E-mailadres', 'E-mail address'), hint: t('Hier sturen wij de link om uw melding te volgen.', 'We send the link to follow your report here.'), type: 'email', autocomplete: 'email' })}
${textField(ctx, form, { name: 'contact.phone', label: t('Telefoonnummer', 'Phone number'), type: 'tel', autocomplete: 'tel', optional: true, width: 'md' })}
<h2 class="utrecht-heading-2">${t('Toestemming', 'Consent')}</h2>
${checkbox(ctx, form, { name: 'consent.contact', label: t('Ik ga ermee akkoord dat de behandelaar contact met mij opneemt over deze melding.', 'I agree that the official may contact me about this report.') })}
${checkbox(ctx, form, { name: 'consent.publish', label: t('De afgehandelde belemmering mag zonder mijn gegevens in het openbare register.', 'The resolved barrier may be published in the public register without my details.') })}
<div class="pb-actions">${submitButton(t('Melding versturen', 'Send report'))}</div>
</form>`,
  });
}

/** Names in the error summary, so each message says which field it is about. */
export function reportFieldLabels(ctx: PageContext): Record<string, string> {
  const t = ctx.t;
  return {
    title: t('Titel', 'Title'),
    description: t('Omschrijving', 'Description'),
    technology: t('Technologie', 'Technology'),
    sector: t('Sector', 'Sector'),
    impact: t('Gevolgen', 'Impact'),
    suggestedSolution: t('Voorstel', 'Suggested solution'),
    'regulation.name': t('Wet of regeling', 'Law or regulation'),
    'regulation.article': t('Artikel', 'Article'),
    'regulation.bwbId': t('BWB-id', 'BWB id'),
    'company.name': t('Bedrijfsnaam', 'Company name'),
    'company.kvkNumber': t('KvK-nummer', 'KvK number'),
    'company.sizeClass': t('Omvang', 'Company size'),
    'contact.name': t('Naam', 'Name'),
    'contact.email': t('E-mailadres', 'E-mail address'),
    'contact.phone': t('Telefoonnummer', 'Phone number'),
    'consent.contact': t('Toestemming', 'Consent'),
  };
}


/** After a report is sent: its reference (when it is a well-formed one) and what happens next. */
export function renderReportReceived(ctx: PageContext, ref: string | undefined): SafeHtml {
  const t = ctx.t;
  const title = t('Uw melding is ontvangen', 'Your report has been received');
  return layout(ctx, {
    title,
    section: 'report',
    body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph">${t('Uw referentienummer is', 'Your reference number is')} <strong id="reference">${ref ?? '—'}</strong>.</p>`)}
<p class="utrecht-paragraph">${t(
        'U ontvangt binnen enkele minuten een e-mail met een persoonlijke link. Daarmee volgt u de behandeling, beantwoordt u vragen van de behandelaar en leest u de uitkomst. Wij beoordelen uw melding binnen 5 werkdagen en beantwoorden haar binnen 8 weken.',
        'Within a few minutes you will receive an e-mail with a private link. With it you follow the handling, answer the official’s questions and read the outcome. We triage your report within 5 working days and answer it within 8 weeks.',
      )}</p>
<p class="utrecht-paragraph">${t('Geen e-mail ontvangen, of later de link kwijt?', 'No e-mail received, or lost the link later?')} <a class="utrecht-link" id="lost-link" href="${lostLinkHref(ref)}">${t('Vraag een nieuwe link aan', 'Request a new link')}</a>.</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${t('Naar de startpagina', 'To the home page')}</a></p>`,
  });
}

/** The tracking page when the loket did not answer: say so; the link itself is fine. */
export function renderTrackingUnavailable(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.t('Uw melding', 'Your report');
  return layout(ctx, { title, body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}

export function renderTrackingPage(ctx: PageContext, report: ReportView, token: string, form: FormState, sent: boolean, unavailable?: 'timeout' | 'down' | 'error'): SafeHtml {
  const t = ctx.t;
  const resolution = resolutionOf(report);
  // Internal notes never reach a reporter: the loket leaves them out, and this page would not show one either.
  const messages = report.messages.filter((m) => !(m as { internal?: boolean }).internal);
  const title = `${t('Melding', 'Report')} ${report.reference}`;
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form)}
${sent ? alert('ok', html`<p class="utrecht-paragraph">${t('Uw bericht is verstuurd naar de behandelaar.', 'Your message has been sent to the official.')}</p>`) : ''}
${report.title ? html`<p class="utrecht-paragraph"><strong>${report.title}</strong></p>` : ''}
${dataList([
      [t('Status', 'Status'), html`<span class="pb-status" id="report-status">${label(REPORTER_STATUS_LABELS, report.status, ctx.lang)}</span>`],
      [t('Ontvangen op', 'Received on'), formatDate(ctx, report.receivedAt)],
      [t('Uiterlijk beantwoord op', 'To be answered by'), formatDate(ctx, report.deadlines?.answerBy)],
    ])}
${
  report.linkExpiresAt
    ? html`<p class="utrecht-paragraph" id="link-expires">${t('Deze persoonlijke link werkt tot', 'This private link works until')} ${formatDate(ctx, report.linkExpiresAt)}. ${t('Daarna vraagt u een nieuwe aan via', 'After that, request a new one through')} <a class="utrecht-link" href="${lostLinkHref(report.reference)}">${t('Link kwijt?', 'Lost your link?')}</a></p>`
    : ''
}
${
  resolution
    ? html`<section class="pb-section" aria-labelledby="outcome-title"><h2 class="utrecht-heading-2" id="outcome-title">${t('Uitkomst', 'Outcome')}</h2>
${alert('info', html`<p class="utrecht-paragraph"><strong id="report-outcome">${label(OUTCOME_LABELS, resolution.outcome, ctx.lang)}</strong></p>${resolution.explanation ? html`<p class="utrecht-paragraph" id="report-explanation">${resolution.explanation}</p>` : ''}`)}
</section>`
    : ''
}
<section class="pb-section" aria-labelledby="timeline-title"><h2 class="utrecht-heading-2" id="timeline-title">${t('Verloop', 'Timeline')}</h2>
<ol class="pb-timeline">${(report.timeline ?? []).map((e) => html`<li><strong>${label(REPORTER_STATUS_LABELS, e.status, ctx.lang)}</strong> — ${formatDate(ctx, e.at, true)}</li>`)}</ol>
</section>
<section class="pb-section" aria-labelledby="berichten"><h2 class="utrecht-heading-2" id="berichten" tabindex="-1">${t('Berichten', 'Messages')}</h2>
${messages.length ? messages.map((m) => html`<div class="pb-message"><p class="utrecht-paragraph"><strong>${m.from === 'reporter' ? t('U', 'You') : t('Behandelaar', 'Official')}</strong> — ${formatDate(ctx, m.at, true)}</p><p class="utrecht-paragraph">${m.body}</p></div>`) : html`<p class="utrecht-paragraph">${t('Er zijn nog geen berichten.', 'There are no messages yet.')}</p>`}
${
  ['resolved', 'duplicate', 'rejected'].includes(report.status)
    ? ''
    : html`<form method="post" action="/meldingen/${report.reference}/berichten" novalidate>
${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
${textArea(ctx, form, { name: 'body', label: t('Uw antwoord of aanvullende informatie', 'Your answer or additional information'), rows: 5 })}
<div class="pb-actions">${submitButton(t('Bericht versturen', 'Send message'))}</div>
</form>`
}
</section>`,
  });
}
