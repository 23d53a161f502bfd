import { checkbox, csrfField, errorSummary, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { options, SECTOR_LABELS, SIZE_LABELS, TECHNOLOGY_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/** The form's input names are the API's JSON paths, so the loket's field errors land on the right field. */
export const REPORT_FIELDS = [
  'title', 'description', 'regulation.name', 'regulation.article', 'regulation.bwbId', 'technology', 'sector', 'impact',
  'suggestedSolution', 'company.name', 'company.kvkNumber', 'company.sizeClass', 'contact.name', 'contact.email',
  'contact.phone', 'consent.contact', 'consent.publish',
] as const;

const OPTIONAL = new Set(['regulation.article', 'regulation.bwbId', 'impact', 'suggestedSolution', 'contact.phone']);

/** Turns the posted form into the loket's JSON body: empty optional fields left out, checkboxes as booleans. */
export function reportRequestBody(values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, Record<string, unknown> | unknown> = {};
  for (const name of REPORT_FIELDS) {
    const rawValue = values[name] ?? '';
    const value = name.startsWith('consent.') ? rawValue === 'true' : rawValue.trim();
    if (OPTIONAL.has(name) && value === '') continue;
    const [head, tail] = name.split('.');
    if (tail) {
      const group = (body[head] ??= {}) as Record<string, unknown>;
      group[tail] = value;
    } else body[head] = value;
  }
  return body;
}

export function pickFormValues(body: Record<string, unknown> | undefined, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = body?.[n];
    if (typeof v === 'string') out[n] = v;
  }
  return out;
}

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

/** The loket names the allowed values of a choice; a person needs to hear what to do instead. */
export function friendlierReportErrors(ctx: PageContext, errors: Record<string, string>, values: Record<string, string>): Record<string, string> {
  const t = ctx.t;
  const out = { ...errors };
  if (out.technology && !values.technology) out.technology = t('Kies een technologie.', 'Choose a technology.');
  if (out.sector && !values.sector) out.sector = t('Kies een sector.', 'Choose a sector.');
  if (out['company.sizeClass'] && !values['company.sizeClass']) out['company.sizeClass'] = t('Kies de omvang van uw bedrijf.', 'Choose the size of your company.');
  if (out['consent.contact']) out['consent.contact'] = t('Geef toestemming om contact met u op te nemen; zonder contact kunnen wij de melding niet behandelen.', 'Agree to be contacted; without contact we cannot handle the report.');
  return out;
}
