import type { components, operations } from './generated/loket';

/** The loket's desk settings as the admin pages read them (docs/openapi/loket.json): routing rules, answer and mail templates. */
type Schemas = components['schemas'];

export type RoutingRule = Schemas['RoutingRuleDto'];
export type RoutingRuleList = Schemas['RoutingRuleListDto'];
export type RuleMatch = Schemas['RuleMatchResponseDto'];
export type AnswerTemplate = Schemas['AnswerTemplateDto'];
export type AnswerTemplateList = Schemas['AnswerTemplateListDto'];
export type MailTemplate = Schemas['MailTemplateDto'];
export type MailTemplateList = Schemas['MailTemplateListDto'];
/** On the official's report: the rule that routed it, and the answer templates filled in for it. */
export type ReportRouting = Schemas['ReportRoutingDto'];
export type FilledAnswerTemplate = Schemas['FilledAnswerTemplateDto'];
/** The path of one mail text (type and language), as typed in the address: the loket answers 404 to one it does not know. */
export type MailPath = operations['TemplatesController_putMail']['parameters']['path'];
