import type { AnswerTemplate, MailTemplate, RoutingRule } from '../../clients/desk-settings.types';
import { alert, csrfField, errorSummary, FormState, selectField, submitButton, table, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { departmentOptions, label, options } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { describeRuleMatch, describeRuleTarget } from '../../web/routing-rule-text';

/*
 * The loket's desk settings for administrators (issue 10 items 2 and 3): routing rules in their
 * order of precedence, answer templates, and the reporter's mail texts. Every action is a plain
 * form (no script): moving a rule is a button per direction, deleting one a form of its own.
 */

export type Unavailable = 'timeout' | 'down' | 'error';

/** What just succeeded, said above the list (`routing:page.done.<what>` / `templates:page.done.<what>`). */
export const ROUTING_DONE = ['created', 'saved', 'deleted', 'moved'] as const;
export const TEMPLATE_DONE = ['created', 'saved', 'deleted', 'reset'] as const;

function ruleFieldLabels(ctx: PageContext): Record<string, string> {
  return {
    match: ctx.msg('routing:page.conditions'),
    'match.bwbId': ctx.msg('routing:page.bwbId'),
    'match.article': ctx.msg('routing:page.article'),
    'match.theme': ctx.msg('routing:page.theme'),
    'match.technology': ctx.msg('routing:page.technology'),
    'match.sector': ctx.msg('routing:page.sector'),
    department: ctx.msg('routing:page.department'),
    handlerGroup: ctx.msg('routing:page.handlerGroup'),
  };
}

/** The rule's fields: every condition optional, at least one needed (the loket says which is wrong). */
function ruleFields(ctx: PageContext, form: FormState): SafeHtml {
  const l = ruleFieldLabels(ctx);
  const matchError = form.errors.match;
  return html`<fieldset class="utrecht-form-fieldset${matchError ? ' utrecht-form-fieldset--invalid' : ''}" id="f-match">
<legend class="utrecht-form-fieldset__legend">${l.match}</legend>
<p class="utrecht-paragraph">${ctx.msg('routing:page.conditionsHint')}</p>
${matchError ? html`<p class="utrecht-form-field-error-message" id="f-match-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${matchError}</p>` : ''}
${textField(ctx, form, { name: 'match.bwbId', label: l['match.bwbId'], hint: ctx.msg('routing:page.bwbIdHint'), optional: true, width: 'md' })}
${textField(ctx, form, { name: 'match.article', label: l['match.article'], optional: true, width: 'sm' })}
${textField(ctx, form, { name: 'match.theme', label: l['match.theme'], hint: ctx.msg('routing:page.themeHint'), optional: true, width: 'sm' })}
${selectField(ctx, form, { name: 'match.technology', label: l['match.technology'], optional: true, placeholder: ctx.msg('routing:page.any'), options: options(ctx, 'technology') })}
${selectField(ctx, form, { name: 'match.sector', label: l['match.sector'], optional: true, placeholder: ctx.msg('routing:page.any'), options: options(ctx, 'sector') })}
</fieldset>
${selectField(ctx, form, { name: 'department', label: l.department, placeholder: ctx.msg('routing:page.chooseAMinistry'), options: departmentOptions(ctx, form.values.department) })}
${textField(ctx, form, { name: 'handlerGroup', label: l.handlerGroup, hint: ctx.msg('routing:page.handlerGroupHint'), optional: true, width: 'md' })}`;
}

/** A rule as form values (its input names are the API's JSON paths, so field errors land on them). */
export function ruleFormValues(rule: RoutingRule): Record<string, string> {
  const m = rule.match ?? {};
  return {
    'match.bwbId': m.bwbId ?? '',
    'match.article': m.article ?? '',
    'match.theme': m.theme ?? '',
    'match.technology': m.technology ?? '',
    'match.sector': m.sector ?? '',
    department: rule.department,
    handlerGroup: rule.handlerGroup ?? '',
  };
}

function doneBanner(ctx: PageContext, ns: 'routing' | 'templates', done?: string): SafeHtml | '' {
  if (!done) return '';
  return alert('ok', html`<p class="utrecht-paragraph">${ns === 'routing' ? ctx.msg(`routing:page.done.${done}`) : ctx.msg(`templates:page.done.${done}`)}</p>`);
}

export function renderRoutingRules(ctx: PageContext, o: { rules?: RoutingRule[]; form: FormState; done?: string; unavailable?: Unavailable; general?: string }): SafeHtml {
  const title = ctx.msg('routing:page.title');
  const rules = o.rules ?? [];
  const moveButton = (rule: RoutingRule, direction: 'up' | 'down', disabled: boolean): SafeHtml =>
    disabled
      ? html``
      : html`<form method="post" action="/beheer/routeringsregels/${rule.id}/verplaatsen" class="pb-inline-form">${csrfField(ctx)}${submitButton(
          ctx.msg(direction === 'up' ? 'routing:page.moveUp' : 'routing:page.moveDown', { position: rule.position }),
          'secondary',
          { name: 'direction', value: direction },
        )}</form>`;
  return layout(ctx, {
    title,
    section: 'routing-rules',
    body: html`${heading1(title)}
${o.unavailable ? unavailableMessage(ctx, o.unavailable) : ''}
${doneBanner(ctx, 'routing', o.done)}
<p class="utrecht-paragraph">${ctx.msg('routing:page.intro')}</p>
${
  rules.length
    ? table(
        ctx.msg('routing:page.rulesInOrder'),
        [ctx.msg('routing:page.position'), ctx.msg('routing:page.conditions'), ctx.msg('routing:page.routesTo'), ctx.msg('routing:page.actions')],
        rules.map((r, i) => [
          String(r.position),
          describeRuleMatch(ctx, r.match),
          describeRuleTarget(ctx, r),
          html`<a class="utrecht-link" href="/beheer/routeringsregels/${r.id}">${ctx.msg('routing:page.edit', { position: r.position })}</a>
${moveButton(r, 'up', i === 0)}${moveButton(r, 'down', i === rules.length - 1)}`,
        ]),
      )
    : o.unavailable
      ? ''
      : html`<p class="utrecht-paragraph">${ctx.msg('routing:page.noRulesYet')}</p>`
}
<h2 class="utrecht-heading-2" id="nieuw">${ctx.msg('routing:page.newRule')}</h2>
${errorSummary(ctx, o.form, o.general, ruleFieldLabels(ctx))}
<form method="post" action="/beheer/routeringsregels" novalidate>${csrfField(ctx)}
${ruleFields(ctx, o.form)}
<div class="pb-actions">${submitButton(ctx.msg('routing:page.addRule'))}</div>
</form>`,
  });
}

export function renderRoutingRuleEdit(ctx: PageContext, rule: RoutingRule, form: FormState, o: { unavailable?: Unavailable; general?: string } = {}): SafeHtml {
  const title = ctx.msg('routing:page.editTitle', { position: rule.position });
  return layout(ctx, {
    title,
    section: 'routing-rules',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/routeringsregels">${ctx.msg('routing:page.backToTheRules')}</a></p>
${heading1(title)}
${o.unavailable ? unavailableMessage(ctx, o.unavailable) : ''}
${errorSummary(ctx, form, o.general, ruleFieldLabels(ctx))}
<form method="post" action="/beheer/routeringsregels/${rule.id}" novalidate>${csrfField(ctx)}
${ruleFields(ctx, form)}
<div class="pb-actions">${submitButton(ctx.msg('routing:page.save'))}</div>
</form>
<h2 class="utrecht-heading-2">${ctx.msg('routing:page.deleteHeading')}</h2>
<p class="utrecht-paragraph">${ctx.msg('routing:page.deleteExplanation')}</p>
<form method="post" action="/beheer/routeringsregels/${rule.id}/verwijderen">${csrfField(ctx)}<div class="pb-actions">${submitButton(ctx.msg('routing:page.deleteRule', { position: rule.position }), 'secondary')}</div></form>`,
  });
}

// --- answer templates ---------------------------------------------------------------------------


function purposeOptions(ctx: PageContext): { value: string; label: string }[] {
  return [...options(ctx, 'outcome'), { value: 'question', label: ctx.msg('templates:page.purposeQuestion') }];
}

function answerFieldLabels(ctx: PageContext): Record<string, string> {
  return { purpose: ctx.msg('templates:page.purpose'), title: ctx.msg('templates:page.name'), body: ctx.msg('templates:page.text') };
}

function answerFields(ctx: PageContext, form: FormState): SafeHtml {
  const l = answerFieldLabels(ctx);
  return html`${selectField(ctx, form, { name: 'purpose', label: l.purpose, placeholder: ctx.msg('templates:page.choosePurpose'), options: purposeOptions(ctx) })}
${textField(ctx, form, { name: 'title', label: l.title, width: 'md' })}
${textArea(ctx, form, { name: 'body', label: l.body, hint: ctx.msg('templates:page.answerPlaceholders'), rows: 6 })}`;
}

export function purposeLabel(ctx: PageContext, purpose: string): string {
  return purpose === 'question' ? ctx.msg('templates:page.purposeQuestion') : label(ctx, 'outcome', purpose);
}

export function renderAnswerTemplates(ctx: PageContext, o: { templates?: AnswerTemplate[]; form: FormState; done?: string; unavailable?: Unavailable; general?: string }): SafeHtml {
  const title = ctx.msg('templates:page.answerTitle');
  const templates = o.templates ?? [];
  return layout(ctx, {
    title,
    section: 'answer-templates',
    body: html`${heading1(title)}
${o.unavailable ? unavailableMessage(ctx, o.unavailable) : ''}
${doneBanner(ctx, 'templates', o.done)}
<p class="utrecht-paragraph">${ctx.msg('templates:page.answerIntro')}</p>
${
  templates.length
    ? table(
        ctx.msg('templates:page.answerTemplates'),
        [ctx.msg('templates:page.purpose'), ctx.msg('templates:page.name'), ctx.msg('templates:page.text')],
        templates.map((t) => [purposeLabel(ctx, t.purpose), html`<a class="utrecht-link" href="/beheer/antwoordsjablonen/${t.id}">${t.title}</a>`, t.body]),
      )
    : o.unavailable
      ? ''
      : html`<p class="utrecht-paragraph">${ctx.msg('templates:page.noAnswerTemplatesYet')}</p>`
}
<h2 class="utrecht-heading-2" id="nieuw">${ctx.msg('templates:page.newAnswerTemplate')}</h2>
${errorSummary(ctx, o.form, o.general, answerFieldLabels(ctx))}
<form method="post" action="/beheer/antwoordsjablonen" novalidate>${csrfField(ctx)}
${answerFields(ctx, o.form)}
<div class="pb-actions">${submitButton(ctx.msg('templates:page.add'))}</div>
</form>`,
  });
}

export function renderAnswerTemplateEdit(ctx: PageContext, template: AnswerTemplate, form: FormState, o: { unavailable?: Unavailable; general?: string } = {}): SafeHtml {
  const title = ctx.msg('templates:page.answerEditTitle', { title: template.title });
  return layout(ctx, {
    title,
    section: 'answer-templates',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/antwoordsjablonen">${ctx.msg('templates:page.backToAnswerTemplates')}</a></p>
${heading1(title)}
${o.unavailable ? unavailableMessage(ctx, o.unavailable) : ''}
${errorSummary(ctx, form, o.general, answerFieldLabels(ctx))}
<form method="post" action="/beheer/antwoordsjablonen/${template.id}" novalidate>${csrfField(ctx)}
${answerFields(ctx, form)}
<div class="pb-actions">${submitButton(ctx.msg('templates:page.save'))}</div>
</form>
<form method="post" action="/beheer/antwoordsjablonen/${template.id}/verwijderen">${csrfField(ctx)}<div class="pb-actions">${submitButton(ctx.msg('templates:page.deleteTemplate'), 'secondary')}</div></form>`,
  });
}

// --- mail texts ---------------------------------------------------------------------------------


export function renderMailTemplates(ctx: PageContext, o: { items?: MailTemplate[]; done?: string; unavailable?: Unavailable }): SafeHtml {
  const title = ctx.msg('templates:page.mailTitle');
  const items = o.items ?? [];
  return layout(ctx, {
    title,
    section: 'mail-templates',
    body: html`${heading1(title)}
${o.unavailable ? unavailableMessage(ctx, o.unavailable) : ''}
${doneBanner(ctx, 'templates', o.done)}
<p class="utrecht-paragraph">${ctx.msg('templates:page.mailIntro')}</p>
${
  items.length
    ? table(
        ctx.msg('templates:page.mailTexts'),
        [ctx.msg('templates:page.mail'), ctx.msg('templates:page.language'), ctx.msg('templates:page.subject'), ctx.msg('templates:page.source')],
        items.map((m) => [
          html`<a class="utrecht-link" href="/beheer/e-mailteksten/${m.type}/${m.language}">${ctx.msg(`templates:page.mailType.${m.type}`)} (${m.language})</a>`,
          ctx.msg(`templates:page.languageName.${m.language}`),
          m.subject,
          m.overridden ? ctx.msg('templates:page.rewritten') : ctx.msg('templates:page.standardText'),
        ]),
      )
    : ''
}`,
  });
}

export function renderMailTemplateEdit(ctx: PageContext, m: MailTemplate, form: FormState, o: { unavailable?: Unavailable; general?: string; done?: string } = {}): SafeHtml {
  const title = ctx.msg('templates:page.mailEditTitle', { mail: ctx.msg(`templates:page.mailType.${m.type}`), language: ctx.msg(`templates:page.languageName.${m.language}`) });
  const labels = { subject: ctx.msg('templates:page.subject'), body: ctx.msg('templates:page.text') };
  const placeholders = m.placeholders.map((p) => `{${p}}`).join(', ');
  return layout(ctx, {
    title,
    section: 'mail-templates',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/e-mailteksten">${ctx.msg('templates:page.backToMailTexts')}</a></p>
${heading1(title)}
${o.unavailable ? unavailableMessage(ctx, o.unavailable) : ''}
${doneBanner(ctx, 'templates', o.done)}
${errorSummary(ctx, form, o.general, labels)}
<p class="utrecht-paragraph">${m.overridden ? ctx.msg('templates:page.nowRewritten') : ctx.msg('templates:page.nowStandard')}</p>
<p class="utrecht-paragraph">${ctx.msg('templates:page.mailFrame')}</p>
<form method="post" action="/beheer/e-mailteksten/${m.type}/${m.language}" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'subject', label: labels.subject, hint: ctx.msg('templates:page.placeholdersHint', { placeholders }) })}
${textArea(ctx, form, { name: 'body', label: labels.body, hint: ctx.msg('templates:page.placeholdersHint', { placeholders }), rows: 8 })}
<div class="pb-actions">${submitButton(ctx.msg('templates:page.save'))}</div>
</form>
<h2 class="utrecht-heading-2">${ctx.msg('templates:page.standardTextHeading')}</h2>
<p class="utrecht-paragraph"><strong>${m.catalogue.subject}</strong></p>
${m.catalogue.body.split(/\n{2,}/).map((para) => html`<p class="utrecht-paragraph">${para}</p>`)}
${
  m.overridden
    ? html`<form method="post" action="/beheer/e-mailteksten/${m.type}/${m.language}/herstellen">${csrfField(ctx)}<div class="pb-actions">${submitButton(ctx.msg('templates:page.backToStandard'), 'secondary')}</div></form>`
    : ''
}`,
  });
}
