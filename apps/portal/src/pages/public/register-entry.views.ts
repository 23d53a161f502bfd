import type { RegisterEntry } from '../../clients/loket.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { dutchLaw } from '@pb/regulations';
import { dataList, formatDate } from '../../web/components';
import { followLinks } from '../../web/follow';
import { html, SafeHtml } from '../../web/html';
import { label, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/**
 * One resolved barrier of the register on its own page: where a subscriber's mail and a feed item
 * lead, and where anyone can follow the barrier, its regulation and its theme.
 */
export function renderRegisterEntry(ctx: PageContext, e: RegisterEntry, themes: readonly ThemeOption[] = []): SafeHtml {
  const law = e.regulation.bwbId ? dutchLaw(e.regulation.bwbId) : undefined;
  const theme = e.theme ? themes.find((t) => t.code === e.theme) : undefined;
  return layout(ctx, {
    title: `${e.title} (${e.reference})`,
    section: 'register',
    body: html`${heading1(e.title)}
${dataList([
  [ctx.msg('register-entry:reference'), e.reference],
  [ctx.msg('register-entry:regulation'), html`${e.regulation.name}${e.regulation.article ? `, art. ${e.regulation.article}` : ''}${e.regulation.bwbId ? html` (<a class="utrecht-link" href="https://wetten.overheid.nl/${e.regulation.bwbId}">${e.regulation.bwbId}</a>)` : ''}`],
  [ctx.msg('register-entry:technology'), label(ctx, 'technology', e.technology)],
  [ctx.msg('register-entry:theme'), e.theme ? themeLabel(themes, e.theme) : undefined],
  [ctx.msg('register-entry:outcome'), html`<strong>${label(ctx, 'outcome', e.outcome)}</strong> (${formatDate(ctx, e.resolvedAt)})`],
  [ctx.msg('register-entry:reporters'), ctx.msg('register-entry:reporters-count', { count: e.clusterSize })],
])}
<h2 class="utrecht-heading-2">${ctx.msg('register-entry:explanation')}</h2>
<p class="utrecht-paragraph">${e.explanation}</p>
<h2 class="utrecht-heading-2">${ctx.msg('register-entry:follow')}</h2>
${followLinks(ctx, { kind: 'barrier', ref: e.reference })}
${e.regulation.bwbId ? followLinks(ctx, { kind: 'regulation', ref: e.regulation.bwbId }, law?.title) : ''}
${e.theme ? followLinks(ctx, { kind: 'theme', ref: e.theme }, theme?.title) : ''}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/register">${ctx.msg('register-entry:back')}</a></p>`,
  });
}
