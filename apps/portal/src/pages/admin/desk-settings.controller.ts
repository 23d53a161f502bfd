import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { MailPath } from '../../clients/desk-settings.types';
import { formInput, ServiceClient, ServiceResult } from '../../clients/service-client';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { ANSWER_TEMPLATE_FIELDS, answerTemplateRequestBody, fieldErrorsOf, MAIL_TEMPLATE_FIELDS, mailTemplateRequestBody, pickFormValues, RULE_FIELDS, ruleRequestBody } from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import {
  renderAnswerTemplateEdit,
  renderAnswerTemplates,
  renderMailTemplateEdit,
  renderMailTemplates,
  renderRoutingRuleEdit,
  renderRoutingRules,
  ROUTING_DONE,
  ruleFormValues,
  TEMPLATE_DONE,
} from './desk-settings.views';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAIL = /^[a-z-]{1,40}$/;
const LANGUAGE = /^(nl|en)$/;

const doneOf = (value: unknown, allowed: readonly string[]): string | undefined => (typeof value === 'string' && allowed.includes(value) ? value : undefined);

/** A failed call as the form shows it: per-field errors, else the problem's general message. */
function failure(result: ServiceResult<unknown>): { errors: Record<string, string>; general?: string; status: number } {
  if (!result.ok && result.unavailable) return { errors: {}, status: 503 };
  const errors = result.ok ? {} : fieldErrorsOf(result.problem);
  const general = Object.keys(errors).length || result.ok ? undefined : (result.problem?.detail ?? result.problem?.title);
  return { errors, general, status: result.status };
}

/**
 * The loket's desk settings for administrators (issue 10 items 2 and 3): routing rules, answer
 * templates and the reporter's mail texts. Post, then redirect to the list with what was done.
 */
@Roles('admin')
@Controller('beheer')
export class DeskSettingsController {
  constructor(private readonly services: ServiceClient) {}

  private loket(ctx: PageContext) {
    return this.services.to('loket', { lang: ctx.lang, token: ctx.accessToken });
  }

  // --- routing rules ----------------------------------------------------------------------------

  @Get('routeringsregels')
  async rules(@Page() ctx: PageContext, @Query('gedaan') done: unknown, @Res() res: Response): Promise<void> {
    await this.renderRules(ctx, res, emptyForm(), doneOf(done, ROUTING_DONE));
  }

  @Post('routeringsregels')
  async createRule(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, RULE_FIELDS);
    const result = await this.loket(ctx).POST('/api/loket/admin/routing-rules', { body: formInput(ruleRequestBody(values)) });
    if (result.ok) return res.redirect(303, '/beheer/routeringsregels?gedaan=created');
    const f = failure(result);
    await this.renderRules(ctx, res, { values, errors: f.errors }, undefined, f.general, f.status);
  }

  @Get('routeringsregels/:ruleId')
  async rule(@Page() ctx: PageContext, @Param('ruleId') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).GET('/api/loket/admin/routing-rules/{ruleId}', { params: { path: { ruleId: id } } });
    if (!result.ok) return result.status === 404 ? sendPage(res, renderNotFound(ctx), 404) : this.renderRules(ctx, res, emptyForm(), undefined, undefined, 503);
    sendPage(res, renderRoutingRuleEdit(ctx, result.data, emptyForm(ruleFormValues(result.data))));
  }

  @Post('routeringsregels/:ruleId')
  async updateRule(@Page() ctx: PageContext, @Param('ruleId') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const values = pickFormValues(body, RULE_FIELDS);
    const result = await this.loket(ctx).PUT('/api/loket/admin/routing-rules/{ruleId}', { params: { path: { ruleId: id } }, body: formInput(ruleRequestBody(values)) });
    if (result.ok) return res.redirect(303, '/beheer/routeringsregels?gedaan=saved');
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    // The loket checks the rule before it looks it up: an unknown rule's 404 may come only now.
    const current = await this.loket(ctx).GET('/api/loket/admin/routing-rules/{ruleId}', { params: { path: { ruleId: id } } });
    if (!current.ok) return current.status === 404 ? sendPage(res, renderNotFound(ctx), 404) : this.renderRules(ctx, res, emptyForm(), undefined, undefined, 503);
    const f = failure(result);
    sendPage(res, renderRoutingRuleEdit(ctx, current.data, { values, errors: f.errors }, { unavailable: result.ok ? undefined : result.unavailable, general: f.general }), f.status);
  }

  @Post('routeringsregels/:ruleId/verwijderen')
  async deleteRule(@Page() ctx: PageContext, @Param('ruleId') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).DELETE('/api/loket/admin/routing-rules/{ruleId}', { params: { path: { ruleId: id } } });
    if (result.ok) return res.redirect(303, '/beheer/routeringsregels?gedaan=deleted');
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    await this.renderRules(ctx, res, emptyForm(), undefined, undefined, 503);
  }

  @Post('routeringsregels/:ruleId/verplaatsen')
  async moveRule(@Page() ctx: PageContext, @Param('ruleId') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { direction = '' } = pickFormValues(body, ['direction']);
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).POST('/api/loket/admin/routing-rules/{ruleId}/move', { params: { path: { ruleId: id } }, body: formInput({ direction }) });
    if (result.ok) return res.redirect(303, '/beheer/routeringsregels?gedaan=moved');
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const f = failure(result);
    await this.renderRules(ctx, res, emptyForm(), undefined, f.general, f.status);
  }

  private async renderRules(ctx: PageContext, res: Response, form: FormState, done?: string, general?: string, status = 200): Promise<void> {
    const list = await this.loket(ctx).GET('/api/loket/admin/routing-rules');
    const unavailable = list.ok ? (status === 503 ? 'error' : undefined) : (list.unavailable ?? 'error');
    sendPage(res, renderRoutingRules(ctx, { rules: list.ok ? list.data.items : undefined, form, done, unavailable, general }), list.ok ? status : 503);
  }

  // --- answer templates -------------------------------------------------------------------------

  @Get('antwoordsjablonen')
  async answerTemplates(@Page() ctx: PageContext, @Query('gedaan') done: unknown, @Res() res: Response): Promise<void> {
    await this.renderAnswers(ctx, res, emptyForm(), doneOf(done, TEMPLATE_DONE));
  }

  @Post('antwoordsjablonen')
  async createAnswerTemplate(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const values = pickFormValues(body, ANSWER_TEMPLATE_FIELDS);
    const result = await this.loket(ctx).POST('/api/loket/admin/answer-templates', { body: formInput(answerTemplateRequestBody(values)) });
    if (result.ok) return res.redirect(303, '/beheer/antwoordsjablonen?gedaan=created');
    const f = failure(result);
    await this.renderAnswers(ctx, res, { values, errors: f.errors }, undefined, f.general, f.status);
  }

  @Get('antwoordsjablonen/:templateId')
  async answerTemplate(@Page() ctx: PageContext, @Param('templateId') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).GET('/api/loket/admin/answer-templates/{templateId}', { params: { path: { templateId: id } } });
    if (!result.ok) return result.status === 404 ? sendPage(res, renderNotFound(ctx), 404) : this.renderAnswers(ctx, res, emptyForm(), undefined, undefined, 503);
    const t = result.data;
    sendPage(res, renderAnswerTemplateEdit(ctx, t, emptyForm({ purpose: t.purpose, title: t.title, body: t.body })));
  }

  @Post('antwoordsjablonen/:templateId')
  async updateAnswerTemplate(@Page() ctx: PageContext, @Param('templateId') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const values = pickFormValues(body, ANSWER_TEMPLATE_FIELDS);
    const result = await this.loket(ctx).PUT('/api/loket/admin/answer-templates/{templateId}', {
      params: { path: { templateId: id } },
      body: formInput(answerTemplateRequestBody(values)),
    });
    if (result.ok) return res.redirect(303, '/beheer/antwoordsjablonen?gedaan=saved');
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const current = await this.loket(ctx).GET('/api/loket/admin/answer-templates/{templateId}', { params: { path: { templateId: id } } });
    if (!current.ok) return current.status === 404 ? sendPage(res, renderNotFound(ctx), 404) : this.renderAnswers(ctx, res, emptyForm(), undefined, undefined, 503);
    const f = failure(result);
    sendPage(res, renderAnswerTemplateEdit(ctx, current.data, { values, errors: f.errors }, { unavailable: result.ok ? undefined : result.unavailable, general: f.general }), f.status);
  }

  @Post('antwoordsjablonen/:templateId/verwijderen')
  async deleteAnswerTemplate(@Page() ctx: PageContext, @Param('templateId') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).DELETE('/api/loket/admin/answer-templates/{templateId}', { params: { path: { templateId: id } } });
    if (result.ok) return res.redirect(303, '/beheer/antwoordsjablonen?gedaan=deleted');
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    await this.renderAnswers(ctx, res, emptyForm(), undefined, undefined, 503);
  }

  private async renderAnswers(ctx: PageContext, res: Response, form: FormState, done?: string, general?: string, status = 200): Promise<void> {
    const list = await this.loket(ctx).GET('/api/loket/admin/answer-templates');
    const unavailable = list.ok ? (status === 503 ? 'error' : undefined) : (list.unavailable ?? 'error');
    sendPage(res, renderAnswerTemplates(ctx, { templates: list.ok ? list.data.items : undefined, form, done, unavailable, general }), list.ok ? status : 503);
  }

  // --- mail texts -------------------------------------------------------------------------------

  @Get('e-mailteksten')
  async mailTemplates(@Page() ctx: PageContext, @Query('gedaan') done: unknown, @Res() res: Response): Promise<void> {
    const list = await this.loket(ctx).GET('/api/loket/admin/mail-templates');
    sendPage(res, renderMailTemplates(ctx, { items: list.ok ? list.data.items : undefined, done: doneOf(done, TEMPLATE_DONE), unavailable: list.ok ? undefined : (list.unavailable ?? 'error') }), list.ok ? 200 : 503);
  }

  @Get('e-mailteksten/:mailType/:language')
  async mailTemplate(@Page() ctx: PageContext, @Param('mailType') type: string, @Param('language') language: string, @Query('gedaan') done: unknown, @Res() res: Response): Promise<void> {
    await this.renderMail(ctx, res, type, language, undefined, doneOf(done, TEMPLATE_DONE));
  }

  @Post('e-mailteksten/:mailType/:language')
  async saveMailTemplate(@Page() ctx: PageContext, @Param('mailType') type: string, @Param('language') language: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!MAIL.test(type) || !LANGUAGE.test(language)) return sendPage(res, renderNotFound(ctx), 404);
    const values = pickFormValues(body, MAIL_TEMPLATE_FIELDS);
    const result = await this.loket(ctx).PUT('/api/loket/admin/mail-templates/{mailType}/{language}', {
      params: { path: formInput<MailPath>({ mailType: type, language }) },
      body: mailTemplateRequestBody(values),
    });
    if (result.ok) return res.redirect(303, `/beheer/e-mailteksten/${type}/${language}?gedaan=saved`);
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const f = failure(result);
    await this.renderMail(ctx, res, type, language, { form: { values, errors: f.errors }, general: f.general, status: f.status, unavailable: result.ok ? undefined : result.unavailable });
  }

  @Post('e-mailteksten/:mailType/:language/herstellen')
  async resetMailTemplate(@Page() ctx: PageContext, @Param('mailType') type: string, @Param('language') language: string, @Res() res: Response): Promise<void> {
    if (!MAIL.test(type) || !LANGUAGE.test(language)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.loket(ctx).DELETE('/api/loket/admin/mail-templates/{mailType}/{language}', { params: { path: formInput<MailPath>({ mailType: type, language }) } });
    if (result.ok) return res.redirect(303, `/beheer/e-mailteksten/${type}/${language}?gedaan=reset`);
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    await this.renderMail(ctx, res, type, language, { status: 503, unavailable: result.unavailable ?? 'error' });
  }

  private async renderMail(
    ctx: PageContext,
    res: Response,
    type: string,
    language: string,
    failed?: { form?: FormState; general?: string; status: number; unavailable?: 'timeout' | 'down' | 'error' },
    done?: string,
  ): Promise<void> {
    if (!MAIL.test(type) || !LANGUAGE.test(language)) return sendPage(res, renderNotFound(ctx), 404);
    const list = await this.loket(ctx).GET('/api/loket/admin/mail-templates');
    if (!list.ok) return sendPage(res, renderMailTemplates(ctx, { unavailable: list.unavailable ?? 'error' }), 503);
    const item = list.data.items.find((m) => m.type === type && m.language === language);
    if (!item) return sendPage(res, renderNotFound(ctx), 404);
    const form = failed?.form ?? emptyForm({ subject: item.subject, body: item.body });
    sendPage(res, renderMailTemplateEdit(ctx, item, form, { general: failed?.general, unavailable: failed?.unavailable, done }), failed?.status ?? 200);
  }
}
