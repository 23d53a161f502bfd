import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { IndicatorData } from '../../clients/review.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import {
  INDICATOR_DEFINE_FIELDS,
  INDICATOR_DEFINITION_FIELDS,
  INDICATOR_IMPORT_FIELDS,
  INDICATOR_VALUE_FIELDS,
  indicatorDefinitionBody,
  indicatorDefinitionCorrection,
  indicatorDefinitionCorrectionErrors,
  indicatorDefinitionErrors,
  indicatorDefinitionPath,
  indicatorDefinitionPathErrors,
  indicatorImportErrors,
  indicatorImportQuery,
  indicatorValueBody,
  pickFormValues,
  topLevelFieldErrors,
} from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { IndicatorListData, IndicatorPageData, renderIndicator, renderIndicatorList } from './indicators.views';

const ID = /^[0-9a-f-]{36}$/i;
const COUNT = /^\d{1,9}$/;

/**
 * Coordinators keep the strategy's indicators up to date (issue 12, item 1): a value at a time, or
 * a CBS StatLine CSV export at once; the review keeps every value and shows corrections. They give
 * an ambition of a (later) strategy version an indicator, and correct an indicator's definition.
 */
@Controller()
@Roles('coordinator')
export class IndicatorPagesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get('coordinatie/indicatoren')
  async list(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    await this.showList(ctx, res, { form: emptyForm() });
  }

  @Post('coordinatie/indicatoren')
  async define(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, INDICATOR_DEFINE_FIELDS);
    const { version, theme } = indicatorDefinitionPath(values);
    // The version and theme make the review's path: without them there is no operation to ask.
    const missing = indicatorDefinitionPathErrors(ctx, { version, theme });
    if (Object.keys(missing).length) return this.showList(ctx, res, { form: { values, errors: missing } }, 400);
    const result = await this.review(ctx).POST('/api/review/strategy/versions/{version}/themes/{theme}/indicators', {
      params: { path: { version, theme } },
      body: formInput(indicatorDefinitionBody(values)),
    });
    if (result.ok) return res.redirect(303, `/coordinatie/indicatoren/${result.data.id}?gedaan=toegevoegd`);
    const errors = indicatorDefinitionErrors(result.problem);
    // A code the version already has belongs at the code field; an unknown version or ambition is said above the form.
    if (result.status === 409 && result.problem?.detail) errors.code ??= result.problem.detail;
    const general = Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail;
    await this.showList(ctx, res, { form: { values, errors }, general, failure: result.unavailable }, result.unavailable ? 503 : result.status);
  }

  @Get('coordinatie/indicatoren/:id')
  async indicator(@Page() ctx: PageContext, @Param('id') id: string, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const counts = ['nieuw', 'gecorrigeerd', 'ongewijzigd', 'zondercijfer'].map((k) => (typeof query[k] === 'string' && COUNT.test(query[k]) ? Number(query[k]) : null));
    const done: IndicatorPageData['done'] =
      query.gedaan === 'vastgelegd'
        ? { kind: 'recorded' }
        : query.gedaan === 'ingelezen' && counts.every((c) => c !== null)
          ? { kind: 'imported', recorded: counts[0]!, corrected: counts[1]!, unchanged: counts[2]!, withoutFigure: counts[3]! }
          : query.gedaan === 'toegevoegd'
            ? { kind: 'defined' }
            : query.gedaan === 'definitie'
              ? { kind: 'definition' }
              : undefined;
    await this.show(ctx, res, id, { form: emptyForm(), importForm: emptyForm(), done });
  }

  @Post('coordinatie/indicatoren/:id/waarden')
  async record(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, INDICATOR_VALUE_FIELDS);
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.review(ctx).POST('/api/review/indicators/{id}/values', { params: { path: { id } }, body: formInput(indicatorValueBody(values)) });
    if (result.ok) return res.redirect(303, `/coordinatie/indicatoren/${id}?gedaan=vastgelegd#waarde`);
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const errors = topLevelFieldErrors(result.problem);
    await this.show(ctx, res, id, { form: { values, errors }, importForm: emptyForm(), unavailable: result.unavailable, general: Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail }, result.unavailable ? 503 : result.status);
  }

  @Post('coordinatie/indicatoren/:id/import')
  async import(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, INDICATOR_IMPORT_FIELDS);
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.review(ctx).POST('/api/review/indicators/{id}/values/import', {
      params: { path: { id }, query: indicatorImportQuery(values) },
      body: values['import.csv'] ?? '',
      // The file as it was pasted: the review reads it as CSV, not JSON.
      bodySerializer: (csv: string) => csv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    if (result.ok) {
      const r = result.data;
      return res.redirect(303, `/coordinatie/indicatoren/${id}?gedaan=ingelezen&nieuw=${r.recorded}&gecorrigeerd=${r.corrected}&ongewijzigd=${r.unchanged}&zondercijfer=${r.withoutFigure}#importeren`);
    }
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const errors = indicatorImportErrors(result.problem);
    // The pasted file stays in the form, so the coordinator corrects the rows named and tries again.
    const importForm: FormState = { values, errors };
    await this.show(ctx, res, id, { form: emptyForm(), importForm, unavailable: result.unavailable, general: result.unavailable ? undefined : result.problem?.detail }, result.unavailable ? 503 : result.status);
  }

  @Post('coordinatie/indicatoren/:id/definitie')
  async correctDefinition(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, INDICATOR_DEFINITION_FIELDS);
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.review(ctx).PUT('/api/review/indicators/{id}/definition', { params: { path: { id } }, body: indicatorDefinitionCorrection(values) });
    if (result.ok) return res.redirect(303, `/coordinatie/indicatoren/${id}?gedaan=definitie#definitie`);
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const errors = indicatorDefinitionCorrectionErrors(result.problem);
    const definitionForm: FormState = { values, errors };
    await this.show(
      ctx,
      res,
      id,
      { form: emptyForm(), importForm: emptyForm(), definitionForm, unavailable: result.unavailable, general: Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail },
      result.unavailable ? 503 : result.status,
    );
  }

  private async showList(ctx: PageContext, res: Response, state: Pick<IndicatorListData, 'form' | 'general' | 'failure'>, status = 200): Promise<void> {
    const [result, themes, versions] = await Promise.all([
      this.review(ctx).GET('/api/review/indicators'),
      this.themes.list(ctx.lang),
      this.review(ctx).GET('/api/review/strategy/versions', { params: { query: { limit: 100 } } }),
    ]);
    const failure = state.failure ?? (result.ok ? undefined : (result.unavailable ?? 'error'));
    sendPage(
      res,
      renderIndicatorList(ctx, { ...state, indicators: result.ok ? result.data.items : [], themes, versions: versions.ok ? versions.data.items.map((v) => v.version) : [], failure }),
      result.ok ? status : 503,
    );
  }

  private review(ctx: PageContext) {
    return this.services.to('review', { lang: ctx.lang, token: ctx.accessToken });
  }

  private async show(ctx: PageContext, res: Response, id: string, state: Omit<IndicatorPageData, 'indicator' | 'themes'>, status = 200): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    // The review lists indicators, not one by id: a strategy has a few dozen at most.
    const [result, themes] = await Promise.all([this.review(ctx).GET('/api/review/indicators'), this.themes.list(ctx.lang)]);
    if (!result.ok) return sendPage(res, renderIndicatorList(ctx, { indicators: [], themes, versions: [], form: emptyForm(), failure: result.unavailable ?? 'error' }), 503);
    const indicator: IndicatorData | undefined = result.data.items.find((i) => i.id === id);
    if (!indicator) return sendPage(res, renderNotFound(ctx), 404);
    sendPage(res, renderIndicator(ctx, { ...state, indicator, themes }), status);
  }
}
