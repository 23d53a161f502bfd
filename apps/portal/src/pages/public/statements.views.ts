import { formatDate, table } from '../../web/components';
import { html, HtmlValue, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { ACCESSIBILITY_STATEMENT_DATE, AXE_COVERAGE } from './accessibility-coverage';

/** What the statements say about this installation (from the portal's settings). */
export interface StatementSettings {
  ORGANISATION_NAME: string;
  CONTACT_EMAIL: string;
  PRIVACY_CONTACT_EMAIL: string;
  RATE_LIMIT_WINDOW_SECONDS: number;
  LOKET_CONTACT_RETENTION_DAYS: number;
  VERIFICATION_TTL_HOURS: number;
}

export const STATEMENT_PATHS = { privacy: '/privacyverklaring', accessibility: '/toegankelijkheidsverklaring', colophon: '/colofon' } as const;

const p = (text: HtmlValue): SafeHtml => html`<p class="utrecht-paragraph">${text}</p>`;
const h2 = (id: string, text: string): SafeHtml => html`<h2 class="utrecht-heading-2" id="${id}">${text}</h2>`;
const list = (items: HtmlValue[]): SafeHtml => html`<ul class="utrecht-unordered-list">${items.map((i) => html`<li class="utrecht-unordered-list__item">${i}</li>`)}</ul>`;
const mail = (address: string): SafeHtml => html`<a class="utrecht-link" href="mailto:${address}">${address}</a>`;
const link = (href: string, text: string): SafeHtml => html`<a class="utrecht-link" href="${href}">${text}</a>`;

/** The privacy statement (AVG/GDPR art. 13): per part of the platform what is kept, why, how long. */
export function renderPrivacyStatement(ctx: PageContext, e: StatementSettings): SafeHtml {
  const title = ctx.msg('public:statements.privacyStatement');
  const windowMinutes = Math.max(1, Math.round(e.RATE_LIMIT_WINDOW_SECONDS / 60));
  const rows: HtmlValue[][] = [
    [
      ctx.msg('public:statements.deskReportingABarrier'),
      ctx.msg('public:statements.yourNameEMailAddressPhone'),
      ctx.msg('public:statements.toHandleYourReportAskYou'),
      ctx.msg('public:statements.yourContactDetailsUntilLoketContact', { LOKET_CONTACT_RETENTION_DAYS: e.LOKET_CONTACT_RETENTION_DAYS }),
    ],
    [
      ctx.msg('public:statements.consultationsResponsesSupportAndFlags'),
      ctx.msg('public:statements.yourNameEMailAddressAnd'),
      ctx.msg('public:statements.toConfirmYourEMailAddress'),
      ctx.msg('public:statements.yourNameAndEMailAddress', { VERIFICATION_TTL_HOURS: e.VERIFICATION_TTL_HOURS }),
    ],
    [
      ctx.msg('public:statements.eMailFromThePlatform'),
      ctx.msg('public:statements.yourEMailAddressAndThe'),
      ctx.msg('public:statements.toSendConfirmationsTrackingLinksAnd'),
      ctx.msg('public:statements.theContentOfAnEMail'),
    ],
    [
      ctx.msg('public:statements.protectionAgainstAbuse'),
      ctx.msg('public:statements.yourIpAddressAndEMail'),
      ctx.msg('public:statements.toCountHowOftenSomeoneSubmits'),
      ctx.msg('public:statements.asLongAsTheCountingWindow', { windowMinutes }),
    ],
    [
      ctx.msg('public:statements.staff'),
      ctx.msg('public:statements.nameRoleAndMinistryFromThe'),
      ctx.msg('public:statements.toAccountForWhoDidWhat'),
      ctx.msg('public:statements.asLongAsTheReportConcerned'),
    ],
  ];
  const cookies: HtmlValue[][] = [
    ['pb_lang', ctx.msg('public:statements.yourChoiceOfLanguageDutchOr'), ctx.msg('public:statements.n1Year')],
    ['pb_csrf', ctx.msg('public:statements.protectsFormsAgainstForgedRequests'), ctx.msg('public:statements.untilYouCloseTheBrowser')],
    // 8 hours: SESSION_SECONDS of the login (pages/auth/login.controller.ts); 10 minutes: its OIDC cookie.
    ['pb_session', ctx.msg('public:statements.staffOnlyStayingLoggedIn'), ctx.msg('public:statements.n8Hours')],
    ['pb_oidc', ctx.msg('public:statements.staffOnlyWhileLoggingIn'), ctx.msg('public:statements.n10Minutes')],
  ];
  return layout(ctx, {
      title,
      body: html`${heading1(title)}
${p(
ctx.msg('public:statements.organisationNameIsResponsibleForThe', { ORGANISATION_NAME: e.ORGANISATION_NAME }),
)}
${h2('gegevens', ctx.msg('public:statements.whichDataWhyAndForHow'))}
${table(ctx.msg('public:statements.personalDataPerPart'), [ctx.msg('public:statements.part'), ctx.msg('public:statements.data'), ctx.msg('public:statements.why'), ctx.msg('public:statements.howLong')], rows)}
${p(
ctx.msg('public:statements.doNotPutPersonalDataOf'),
)}
${p(
ctx.msg('public:statements.namesEMailAddressesPhoneNumbers'),
)}
${p(
ctx.msg('public:statements.theTermsOnThisPageAre'),
)}
${h2('grondslag', ctx.msg('public:statements.whyWeMayDoThis'))}
${p(
ctx.msg('public:statements.weProcessThisDataForA'),
)}
${h2('cookies', ctx.msg('public:statements.cookies'))}
${p(ctx.msg('public:statements.thisPlatformUsesOnlyTheCookies'))}
${table(ctx.msg('public:statements.cookiesOfThisPlatform'), [ctx.msg('public:statements.name'), ctx.msg('public:statements.whatFor'), ctx.msg('public:statements.howLong')], cookies)}
${h2('rechten', ctx.msg('public:statements.yourRightsAndHowToUse'))}
${p(ctx.msg('public:statements.youHaveTheRightTo'))}
${list([
ctx.msg('public:statements.seeYourData'),
ctx.msg('public:statements.haveIncorrectDataCorrected'),
ctx.msg('public:statements.haveYourDataErased'),
ctx.msg('public:statements.haveTheProcessingRestrictedOrObject'),
])}
${p(
html`${ctx.msg('public:statements.sendYourRequestTo')} ${mail(e.PRIVACY_CONTACT_EMAIL)}${ctx.msg('public:statements.fromOrNamingTheEMail')}`,
)}
${p(
ctx.msg('public:statements.erasureHappensInOneGoFor'),
)}
${h2('klacht', ctx.msg('public:statements.aComplaint'))}
${p(
html`${ctx.msg('public:statements.ifYouDisagreeWithHowWe')} ${mail(e.PRIVACY_CONTACT_EMAIL)}. ${ctx.msg('public:statements.youMayAlsoLodgeAComplaint')} ${link('https://autoriteitpersoonsgegevens.nl', 'autoriteitpersoonsgegevens.nl')}.`,
)}`,
    });
}

/** The accessibility statement the Besluit digitale toegankelijkheid overheid asks for, with what the tests check. */
export function renderAccessibilityStatement(ctx: PageContext, e: StatementSettings): SafeHtml {
  const title = ctx.msg('public:statements.accessibilityStatement');
  const c = AXE_COVERAGE;
  const pages = c.publicPages + c.staffPages;
  const checks = pages * c.languages;
  return layout(ctx, {
      title,
      body: html`${heading1(title)}
${p(
ctx.msg('public:statements.organisationNameWantsEveryoneToBe', { ORGANISATION_NAME: e.ORGANISATION_NAME }),
)}
${h2('geldt-voor', ctx.msg('public:statements.whatThisStatementCovers'))}
${p(ctx.msg('public:statements.thisStatementCoversEveryPageOf'))}
${h2('status', ctx.msg('public:statements.complianceStatus'))}
${p(
html`<strong>${ctx.msg('public:statements.firstMeasuresTaken')}</strong> ${ctx.msg('public:statements.noFullAccessibilityAuditByAn')}`,
)}
${h2('maatregelen', ctx.msg('public:statements.whatWeDo'))}
${list([
ctx.msg('public:statements.inEveryTestRunAxeCore', { pages, publicPages: c.publicPages, staffPages: c.staffPages, checks }),
ctx.msg('public:statements.aKeyboardOnlyTestChecksThat'),
ctx.msg('public:statements.thePagesWorkWithoutJavascriptDeclare'),
])}
${h2('beperkingen', ctx.msg('public:statements.whatWeDoNotKnowYet'))}
${p(
ctx.msg('public:statements.automatedChecksDoNotFindEvery'),
)}
${h2('contact', ctx.msg('public:statements.reportingAProblem'))}
${p(
html`${ctx.msg('public:statements.isThereSomethingOnThisPlatform')} ${mail(e.CONTACT_EMAIL)} ${ctx.msg('public:statements.andTellUsWhichPageIt')}`,
)}
${h2('handhaving', ctx.msg('public:statements.enforcementProcedure'))}
${p(
html`${ctx.msg('public:statements.areYouNotSatisfiedWithHow')} ${link('https://www.nationaleombudsman.nl', 'nationaleombudsman.nl')}.`,
)}
${h2('aanvullend', ctx.msg('public:statements.additionalInformation'))}
${p(`${ctx.msg('public:statements.thisStatementWasDrawnUpOn')} ${formatDate(ctx, ACCESSIBILITY_STATEMENT_DATE)}.`)}`,
    });
}

/** Contact and colophon. */
export function renderColophon(ctx: PageContext, e: StatementSettings): SafeHtml {
  const title = ctx.msg('public:statements.contactAndColophon');
  return layout(ctx, {
      title,
      body: html`${heading1(title)}
${h2('contact', ctx.msg('public:statements.contact'))}
${p(html`${ctx.msg('public:statements.questionsAboutThePlatformAReport')} ${mail(e.CONTACT_EMAIL)}.`)}
${p(html`${ctx.msg('public:statements.questionsAboutYourPersonalData')} ${mail(e.PRIVACY_CONTACT_EMAIL)} (${link(STATEMENT_PATHS.privacy, ctx.msg('public:statements.privacyStatement2'))}).`)}
${h2('colofon', ctx.msg('public:statements.colophon'))}
${p(
ctx.msg('public:statements.permanentBetaIsTheConsultationAnd', { ORGANISATION_NAME: e.ORGANISATION_NAME }),
)}
${list([
html`${ctx.msg('public:statements.openDataAndFigures')} ${link('/open-data', ctx.msg('public:statements.openData'))}, ${link('/monitor', ctx.msg('public:statements.monitor'))}.`,
ctx.msg('public:statements.technologyNestjsPostgresqlAndKafkaThe'),
ctx.msg('public:statements.theSourceCodeIsLicensedUnder'),
html`${link(STATEMENT_PATHS.accessibility, ctx.msg('public:statements.accessibilityStatement'))}`,
])}`,
    });
}
