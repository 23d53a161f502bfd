import type { Topic } from '../../clients/subscriptions.types';
import { alert, csrfField, errorSummary, FormState, submitButton, textField } from '../../web/components';
import { feedHref, KIND_PARAM, SUBSCRIBE_PATH, topicName } from '../../web/follow';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

export const CONFIRM_PATH = '/abonnementen/bevestigen';
export const UNSUBSCRIBE_PATH = '/abonnementen/opzeggen';

export function renderSubscribeForm(ctx: PageContext, topic: Topic, form: FormState, unavailable?: 'timeout' | 'down' | 'error', general?: string): SafeHtml {
  const title = ctx.msg('subscriptions:page.subscribe.title', { topic: topicName(ctx, topic) });
  const labels = { email: ctx.msg('subscriptions:page.subscribe.email') };
  return layout(ctx, {
    title: Object.keys(form.errors).length ? ctx.msg('subscriptions:page.error-title', { title }) : title,
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<p class="utrecht-paragraph">${ctx.msg('subscriptions:page.subscribe.intro', { topic: topicName(ctx, topic) })}</p>
<form method="post" action="${SUBSCRIBE_PATH}" novalidate class="utrecht-form">
${csrfField(ctx)}
<input type="hidden" name="soort" value="${KIND_PARAM[topic.kind]}">
<input type="hidden" name="ref" value="${topic.ref}">
${textField(ctx, form, { name: 'email', label: labels.email, type: 'email', autocomplete: 'email', hint: ctx.msg('subscriptions:page.subscribe.email-hint') })}
<div class="pb-actions">${submitButton(ctx.msg('subscriptions:page.subscribe.submit'))}</div>
</form>
<p class="utrecht-paragraph"><a class="utrecht-link" href="${feedHref(topic)}" type="application/atom+xml">${ctx.msg('subscriptions:page.follow-by-feed')}</a></p>`,
  });
}

/** The same answer whether or not the address was subscribed: only the mailbox's owner learns more. */
export function renderSubscriptionRequested(ctx: PageContext): SafeHtml {
  const title = ctx.msg('subscriptions:page.requested.title');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('subscriptions:page.requested.body')}</p>`)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('subscriptions:page.home')}</a></p>`,
  });
}

/**
 * The link in a mail opens this page, and only the button acts: a mail scanner that follows links
 * must not confirm or cancel anything on the reader's behalf.
 */
export function renderTokenAction(ctx: PageContext, action: 'confirm' | 'unsubscribe', token: string): SafeHtml {
  const title = ctx.msg(`subscriptions:page.${action}.title`);
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg(`subscriptions:page.${action}.intro`)}</p>
<form method="post" action="${action === 'confirm' ? CONFIRM_PATH : UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}" class="utrecht-form">
${csrfField(ctx)}
<div class="pb-actions">${submitButton(ctx.msg(`subscriptions:page.${action}.submit`))}</div>
</form>`,
  });
}

export function renderTokenDone(ctx: PageContext, action: 'confirm' | 'unsubscribe', topic?: Topic): SafeHtml {
  const title = ctx.msg(`subscriptions:page.${action}.done-title`);
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph" id="subscription-status">${action === 'confirm' && topic ? ctx.msg('subscriptions:page.confirm.done', { topic: topicName(ctx, topic) }) : ctx.msg('subscriptions:page.unsubscribe.done')}</p>`)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('subscriptions:page.home')}</a></p>`,
  });
}

export function renderTokenInvalid(ctx: PageContext, detail?: string): SafeHtml {
  const title = ctx.msg('subscriptions:page.invalid.title');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph" id="subscription-status">${detail ?? ctx.msg('subscriptions:page.invalid.body')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('subscriptions:page.home')}</a></p>`,
  });
}

export function renderSubscriptionsUnavailable(ctx: PageContext, unavailable: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.msg('subscriptions:page.unavailable-title');
  return layout(ctx, { title, body: html`${heading1(title)}${unavailableMessage(ctx, unavailable)}` });
}
