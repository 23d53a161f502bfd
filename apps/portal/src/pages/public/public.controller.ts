import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { RegisterQuery } from '../../clients/loket.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { PortalEnv } from '../../config/portal.env';
import { renderNotFound } from '../../web/error-pages';
import { Page, PageContext } from '../../web/page-context';
import { query } from '../../web/html';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { renderHome } from './home.views';
import { renderMonitor } from './monitor.views';
import { renderAnnualReview, renderOpenData, renderPublicUnavailable, renderRegister, renderReviews, renderStrategy, renderStrategyVersion } from './public-data.views';
import { renderRegisterEntry } from './register-entry.views';
import { registerApiFilters, registerFilterValues } from './register-filters.views';
import { renderAccessibilityStatement, renderColophon, renderPrivacyStatement } from './statements.views';

const VERSION = /^\d{4}\.\d+$/;

/**
 * What anyone may read: the home page, the monitor, the register, the strategy and its versions,
 * the annual reviews, open data (journeys 4, 7, 8), and the statements the AVG/GDPR and the Besluit
 * digitale toegankelijkheid overheid ask for, with the colofon.
 */
@Controller()
export class PublicController {
  constructor(
    @Inject(PortalEnv) private readonly env: PortalEnv,
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  private reviewApi(ctx: PageContext) {
    return this.services.to('review', { lang: ctx.lang });
  }

  private proposalsApi(ctx: PageContext) {
    return this.services.to('proposals', { lang: ctx.lang });
  }

  @Get()
  home(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderHome(ctx));
  }

  @Get('monitor')
  async monitor(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    const [result, indicators, trends] = await Promise.all([
      this.reviewApi(ctx).GET('/api/review/monitor'),
      this.reviewApi(ctx).GET('/api/review/indicators'),
      this.reviewApi(ctx).GET('/api/review/monitor/trends'),
    ]);
    if (!result.ok) return sendPage(res, renderMonitor(ctx, undefined, result.unavailable ?? 'error'), 503);
    // The targets and the trends are parts of the page: without them the figures still show.
    sendPage(res, renderMonitor(ctx, result.data, undefined, indicators.ok ? indicators.data.items : undefined, trends.ok ? trends.data : undefined));
  }

  @Get('register')
  async register(@Page() ctx: PageContext, @Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const cursor = pageCursor(q.vanaf);
    const filters = registerFilterValues(q);
    const result = await this.services.to('loket', { lang: ctx.lang }).GET('/api/loket/register', { params: { query: formInput<RegisterQuery>({ cursor, ...registerApiFilters(filters) }) } });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, `/register${query(filters)}`); // a stale or edited cursor: start over
    const themes = await this.themes.list(ctx.lang);
    // A filter the loket refuses (an edited URL): the form again, with a warning and no results.
    if (!result.ok && result.status === 400) return sendPage(res, renderRegister(ctx, { items: [], total: 0, next: null }, undefined, themes, filters, true), 400);
    if (!result.ok) return sendPage(res, renderPublicUnavailable(ctx, ctx.msg('public:public.registerOfBarriers'), 'register', result.unavailable), 503);
    sendPage(res, renderRegister(ctx, result.data, cursor, themes, filters));
  }

  @Get('register/:reference')
  async registerEntry(@Page() ctx: PageContext, @Param('reference') reference: string, @Res() res: Response): Promise<void> {
    const result = await this.services.to('loket', { lang: ctx.lang }).GET('/api/loket/register/{reference}', { params: { path: { reference } } });
    if (!result.ok && (result.status === 404 || result.status === 400)) return sendPage(res, renderNotFound(ctx, ctx.msg('register-entry:not-found')), 404);
    if (!result.ok) return sendPage(res, renderPublicUnavailable(ctx, reference, 'register', result.unavailable), 503);
    const themes = result.data.theme ? await this.themes.list(ctx.lang) : [];
    sendPage(res, renderRegisterEntry(ctx, result.data, themes));
  }

  @Get('strategie')
  async strategy(@Page() ctx: PageContext, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const cursor = pageCursor(from);
    const [current, versions] = await Promise.all([
      this.proposalsApi(ctx).GET('/api/strategy'),
      this.proposalsApi(ctx).GET('/api/strategy/versions', { params: { query: { cursor } } }),
    ]);
    if (!versions.ok && versions.status === 400 && cursor) return res.redirect(303, '/strategie');
    if (!current.ok || !versions.ok) {
      const reason = (!current.ok ? current.unavailable : undefined) ?? (!versions.ok ? versions.unavailable : undefined);
      return sendPage(res, renderPublicUnavailable(ctx, ctx.msg('public:public.strategy'), 'strategy', reason), 503);
    }
    sendPage(res, renderStrategy(ctx, current.data, versions.data, cursor));
  }

  @Get('strategie/versies/:version')
  async version(@Page() ctx: PageContext, @Param('version') version: string, @Res() res: Response): Promise<void> {
    if (!VERSION.test(version)) return sendPage(res, renderNotFound(ctx), 404);
    const first = await this.proposalsApi(ctx).GET('/api/strategy/versions/{version}', { params: { path: { version } } });
    if (!first.ok) {
      if (first.status === 404 || first.status === 400) return sendPage(res, renderNotFound(ctx), 404);
      return sendPage(res, renderPublicUnavailable(ctx, `${ctx.msg('public:public.strategyVersion')} ${version}`, 'strategy', first.unavailable), 503);
    }
    const previous = first.data.previousVersion;
    const withDiff = previous ? await this.proposalsApi(ctx).GET('/api/strategy/versions/{version}', { params: { path: { version }, query: { diff: previous } } }) : undefined;
    sendPage(res, renderStrategyVersion(ctx, version, { ...(withDiff?.ok ? withDiff.data : first.data), previousVersion: previous }));
  }

  @Get('jaaroverzichten')
  reviews(@Page() ctx: PageContext, @Res() res: Response): void {
    const thisYear = new Date().getFullYear();
    sendPage(res, renderReviews(ctx, [thisYear, thisYear - 1, thisYear - 2]));
  }

  @Get('jaaroverzichten/:year')
  async review(@Page() ctx: PageContext, @Param('year') year: string, @Query('taak') jobId: string | undefined, @Res() res: Response): Promise<void> {
    if (!/^\d{4}$/.test(year)) return sendPage(res, renderNotFound(ctx), 404);
    // The job first, then the review: a job read as completed guarantees the review read after it
    // finds the new revision (read together, the review could be read just before the compile committed).
    const job = typeof jobId === 'string' && /^[0-9a-f-]{36}$/i.test(jobId) ? await this.reviewApi(ctx).GET('/api/review/jobs/{id}', { params: { path: { id: jobId } } }) : undefined;
    const [result, narrative, dutchNarrative] = await Promise.all([
      this.reviewApi(ctx).GET('/api/review/years/{file}', { params: { path: { file: year } } }),
      this.reviewApi(ctx).GET('/api/review/years/{year}/narrative', { params: { path: { year }, query: { lang: ctx.lang } } }),
      // An English page falls back to the Dutch text of a theme whose English text is not signed off.
      ctx.lang === 'en' ? this.reviewApi(ctx).GET('/api/review/years/{year}/narrative', { params: { path: { year }, query: { lang: 'nl' } } }) : undefined,
    ]);
    if (!result.ok && result.status !== 404) return sendPage(res, renderPublicUnavailable(ctx, `${ctx.msg('public:public.annualReview')} ${year}`, 'reviews', result.unavailable), 503);
    // The signed-off text is one part of the page: without it the figures still show.
    sendPage(res, renderAnnualReview(ctx, year, result.ok ? result.data : undefined, job?.ok ? job.data : undefined, narrative.ok ? narrative.data : undefined, dutchNarrative?.ok ? dutchNarrative.data : undefined));
  }

  @Get('open-data')
  async openData(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    const result = await this.reviewApi(ctx).GET('/api/review/open-data');
    if (!result.ok) return sendPage(res, renderPublicUnavailable(ctx, ctx.msg('public:public.openData'), 'open-data', result.unavailable), 503);
    sendPage(res, renderOpenData(ctx, result.data));
  }

  @Get('privacyverklaring')
  privacy(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderPrivacyStatement(ctx, this.env));
  }

  @Get('toegankelijkheidsverklaring')
  accessibility(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderAccessibilityStatement(ctx, this.env));
  }

  @Get('colofon')
  colophon(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderColophon(ctx, this.env));
  }
}
