import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import { Language, LANGUAGES } from '@pb/i18n';
import { CreateAnswerTemplateCommand } from '../../application/commands/create-answer-template/create-answer-template.command';
import { DeleteAnswerTemplateCommand } from '../../application/commands/delete-answer-template/delete-answer-template.command';
import { PutMailTemplateCommand } from '../../application/commands/put-mail-template/put-mail-template.command';
import { ResetMailTemplateCommand } from '../../application/commands/reset-mail-template/reset-mail-template.command';
import { UpdateAnswerTemplateCommand } from '../../application/commands/update-answer-template/update-answer-template.command';
import { GetAnswerTemplateQuery } from '../../application/queries/get-answer-template/get-answer-template.query';
import { ListAnswerTemplatesQuery } from '../../application/queries/list-answer-templates/list-answer-templates.query';
import { ListMailTemplatesQuery } from '../../application/queries/list-mail-templates/list-mail-templates.query';
import type { MailTemplateView } from '../../application/support/mail-template-view';
import type { AnswerTemplate } from '../../domain/answer-template';
import { MAIL_TYPES } from '../../domain/mail-template';
import { AnswerTemplateNotFoundError, UnknownMailTypeError } from '../../domain/templates.errors';
import { AnswerTemplateDto, AnswerTemplateListDto, AnswerTemplateRequestDto, MailTemplateDto, MailTemplateListDto, MailTemplateRequestDto } from './dto/templates.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is just an unknown template: the same 404. */
function checkedId(id: string): string {
  if (!UUID.test(id)) throw new AnswerTemplateNotFoundError();
  return id;
}

/** A language the loket does not write mails in is an unknown mail template: 404. */
function checkedLanguage(language: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(language)) throw new UnknownMailTypeError();
  return language as Language;
}

const ApiTemplateId = () => ApiParam({ name: 'templateId', schema: { type: 'string', format: 'uuid' } });
const ApiMailTemplate = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  ApiParam({ name: 'mailType', schema: { type: 'string', enum: MAIL_TYPES } })(target, key, descriptor);
  ApiParam({ name: 'language', schema: { type: 'string', enum: [...LANGUAGES] } })(target, key, descriptor);
};

/** Answer templates and the reporter's mail texts (issue 10 item 3): admins change them without a deploy. */
@ApiTags('templates')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/loket/admin')
export class TemplatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('answer-templates')
  @ApiOkResponse({ type: AnswerTemplateListDto })
  @ApiProblems(401, 403, 429)
  async listAnswers(): Promise<AnswerTemplateListDto> {
    return { items: await this.queries.execute<ListAnswerTemplatesQuery, AnswerTemplate[]>(new ListAnswerTemplatesQuery()) };
  }

  @Post('answer-templates')
  @HttpCode(201)
  @Idempotent()
  @ApiCreatedResponse({ type: AnswerTemplateDto })
  @ApiProblems(400, 401, 403, 413, 422, 429)
  createAnswer(@Body() body: AnswerTemplateRequestDto, @CurrentPrincipal() principal: Principal): Promise<AnswerTemplate> {
    return this.commands.execute(new CreateAnswerTemplateCommand({ purpose: body.purpose, title: body.title, body: body.body }, principal.id));
  }

  @Get('answer-templates/:templateId')
  @ApiTemplateId()
  @ApiOkResponse({ type: AnswerTemplateDto })
  @ApiProblems(401, 403, 404, 429)
  getAnswer(@Param('templateId') id: string): Promise<AnswerTemplate> {
    return this.queries.execute(new GetAnswerTemplateQuery(checkedId(id)));
  }

  @Put('answer-templates/:templateId')
  @ApiTemplateId()
  @Idempotent()
  @ApiOkResponse({ type: AnswerTemplateDto })
  @ApiProblems(400, 401, 403, 404, 413, 422, 429)
  updateAnswer(@Param('templateId') id: string, @Body() body: AnswerTemplateRequestDto, @CurrentPrincipal() principal: Principal): Promise<AnswerTemplate> {
    return this.commands.execute(new UpdateAnswerTemplateCommand(checkedId(id), { purpose: body.purpose, title: body.title, body: body.body }, principal.id));
  }

  @Delete('answer-templates/:templateId')
  @ApiTemplateId()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(401, 403, 404, 429)
  async deleteAnswer(@Param('templateId') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.commands.execute(new DeleteAnswerTemplateCommand(checkedId(id), principal.id));
  }

  @Get('mail-templates')
  @ApiOkResponse({ type: MailTemplateListDto, description: 'Every editable reporter mail in nl and en.' })
  @ApiProblems(401, 403, 429)
  async listMails(): Promise<MailTemplateListDto> {
    return { items: await this.queries.execute<ListMailTemplatesQuery, MailTemplateView[]>(new ListMailTemplatesQuery()) };
  }

  @Put('mail-templates/:mailType/:language')
  @ApiMailTemplate()
  @Idempotent()
  @ApiOkResponse({ type: MailTemplateDto, description: 'The rewrite is sent from the next mail of this type in this language on.' })
  @ApiProblems(400, 401, 403, 404, 413, 422, 429)
  putMail(@Param('mailType') type: string, @Param('language') language: string, @Body() body: MailTemplateRequestDto, @CurrentPrincipal() principal: Principal): Promise<MailTemplateView> {
    return this.commands.execute(new PutMailTemplateCommand(type, checkedLanguage(language), { subject: body.subject, body: body.body }, principal.id));
  }

  @Delete('mail-templates/:mailType/:language')
  @ApiMailTemplate()
  @HttpCode(200)
  @ApiOkResponse({ type: MailTemplateDto, description: 'Back to the catalogue’s text.' })
  @ApiProblems(401, 403, 404, 429)
  resetMail(@Param('mailType') type: string, @Param('language') language: string, @CurrentPrincipal() principal: Principal): Promise<MailTemplateView> {
    return this.commands.execute(new ResetMailTemplateCommand(type, checkedLanguage(language), principal.id));
  }
}
