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
  const t = ctx.t;
  const title = t('Privacyverklaring', 'Privacy statement');
  const windowMinutes = Math.max(1, Math.round(e.RATE_LIMIT_WINDOW_SECONDS / 60));
  const rows: HtmlValue[][] = [
    [
      t('Loket: melding van een belemmering', 'Desk: reporting a barrier'),
      t(
        'Uw naam, e-mailadres, telefoonnummer (als u dat opgeeft), bedrijfsnaam en KvK-nummer; wat u schrijft in de melding en in berichten aan de behandelaar.',
        'Your name, e-mail address, phone number (if you give it), company name and KvK number; what you write in the report and in messages to the official.',
      ),
      t(
        'Om uw melding te behandelen, u vragen te stellen en u te laten weten hoe het ermee staat (met een persoonlijke volglink per e-mail).',
        'To handle your report, ask you questions and tell you how it is going (with a personal tracking link by e-mail).',
      ),
      t(
        `Uw contactgegevens tot ${e.LOKET_CONTACT_RETENTION_DAYS} dagen nadat de melding is afgehandeld. Daarna telt de melding, zonder uw gegevens, mee in de monitor en het jaaroverzicht. In het openbare register staat zij alleen als u dat toestond, en nooit met persoonsgegevens.`,
        `Your contact details until ${e.LOKET_CONTACT_RETENTION_DAYS} days after the report has been closed. After that the report, without your details, still counts in the monitor and the annual review. It appears in the public register only if you allowed it, and never with personal data.`,
      ),
    ],
    [
      t('Consultaties: reacties, steun en meldingen van reacties', 'Consultations: responses, support and flags'),
      t(
        'Uw naam, e-mailadres en de organisatie namens wie u reageert; uw reactie en antwoorden. Steun voor een reactie koppelen we aan uw e-mailadres; een melding van een reactie (met uw toelichting) aan een versleutelde hash van uw IP-adres.',
        'Your name, e-mail address and the organisation you respond for; your response and answers. Support for a response is tied to your e-mail address; a flag of a response (with your explanation) to a keyed hash of your IP address.',
      ),
      t(
        'Om uw e-mailadres te bevestigen, één reactie per adres te tellen en reacties te modereren. Een openbare reactie toont uw tekst en eventueel uw organisatie, nooit uw naam of e-mailadres. Het jaaroverzicht telt deelnemers met een pseudoniem (een versleutelde hash van het e-mailadres).',
        'To confirm your e-mail address, count one response per address and moderate responses. A public response shows your text and, if given, your organisation, never your name or e-mail address. The annual review counts participants by a pseudonym (a keyed hash of the e-mail address).',
      ),
      t(
        `Uw naam en e-mailadres tot u om verwijdering vraagt; uw reactie blijft daarna zonder naam en e-mailadres deel van de consultatie. Een bevestigingslink verloopt na ${e.VERIFICATION_TTL_HOURS} uur.`,
        `Your name and e-mail address until you ask for erasure; your response then stays part of the consultation without name and e-mail address. A confirmation link expires after ${e.VERIFICATION_TTL_HOURS} hours.`,
      ),
    ],
    [
      t('E-mail van het platform', 'E-mail from the platform'),
      t('Uw e-mailadres en de tekst van de e-mail.', 'Your e-mail address and the text of the e-mail.'),
      t('Om bevestigingen, volglinks en berichten over uw melding of reactie te sturen.', 'To send confirmations, tracking links and news about your report or response.'),
      t('De inhoud van een e-mail wordt verwijderd zodra hij is verstuurd.', 'The content of an e-mail is removed as soon as it has been sent.'),
    ],
    [
      t('Bescherming tegen misbruik', 'Protection against abuse'),
      t(
        'Uw IP-adres en e-mailadres, alleen als versleutelde hash (HMAC met een geheime sleutel): het adres zelf bewaren we niet.',
        'Your IP address and e-mail address, only as a keyed hash (HMAC with a secret key): the address itself is not stored.',
      ),
      t('Om te tellen hoe vaak iemand een formulier verstuurt en overmatig gebruik te weigeren.', 'To count how often someone submits a form and refuse excessive use.'),
      t(`Zo lang als de telperiode (${windowMinutes} minuten); daarna worden de hashes periodiek opgeruimd.`, `As long as the counting window (${windowMinutes} minutes); the hashes are then pruned on a schedule.`),
    ],
    [
      t('Medewerkers', 'Staff'),
      t(
        'Naam, rol en ministerie uit de inlog; wie wanneer contactgegevens van een melder inzag en welke handeling deed (auditlog).',
        'Name, role and ministry from the login; who looked at a reporter’s contact details and which action they took, and when (audit log).',
      ),
      t('Om verantwoording te kunnen afleggen over wie wat deed met uw gegevens.', 'To account for who did what with your data.'),
      t('Zo lang als de melding waar het om gaat.', 'As long as the report concerned.'),
    ],
  ];
  const cookies: HtmlValue[][] = [
    ['pb_lang', t('Uw taalkeuze (Nederlands of Engels)', 'Your choice of language (Dutch or English)'), t('1 jaar', '1 year')],
    ['pb_csrf', t('Beveiliging van formulieren tegen vervalste verzoeken', 'Protects forms against forged requests'), t('Tot u de browser sluit', 'Until you close the browser')],
    // 8 hours: SESSION_SECONDS of the login (pages/auth/login.controller.ts); 10 minutes: its OIDC cookie.
    ['pb_session', t('Alleen medewerkers: ingelogd blijven', 'Staff only: staying logged in'), t('8 uur', '8 hours')],
    ['pb_oidc', t('Alleen medewerkers: tijdens het inloggen', 'Staff only: while logging in'), t('10 minuten', '10 minutes')],
  ];
  return layout(ctx, {
      title,
      body: html`${heading1(title)}
${p(
t(
  `${e.ORGANISATION_NAME} is verantwoordelijk voor de persoonsgegevens op dit platform. Hier leest u per onderdeel welke gegevens we bewaren, waarom, hoe lang, en hoe u uw rechten gebruikt.`,
  `${e.ORGANISATION_NAME} is responsible for the personal data on this platform. Here you read, per part, which data we keep, why, for how long, and how to use your rights.`,
),
)}
${h2('gegevens', t('Welke gegevens, waarom en hoe lang', 'Which data, why and for how long'))}
${table(t('Persoonsgegevens per onderdeel', 'Personal data per part'), [t('Onderdeel', 'Part'), t('Gegevens', 'Data'), t('Waarom', 'Why'), t('Hoe lang', 'How long')], rows)}
${p(
t(
  'Zet geen persoonsgegevens van uzelf of anderen in de tekst van een melding of reactie: die tekst kan, zonder uw naam, deel worden van openbare verslagen.',
  'Do not put personal data of yourself or others in the text of a report or response: that text may become part of public reports, without your name.',
),
)}
${p(
t(
  'Namen, e-mailadressen, telefoonnummers en volglinks gaan niet naar logbestanden en niet naar de berichten tussen de onderdelen van het platform. Elk onderdeel bewaart alleen de gegevens die het zelf nodig heeft.',
  'Names, e-mail addresses, phone numbers and tracking links do not go into log files nor into the messages between the parts of the platform. Each part keeps only the data it needs itself.',
),
)}
${p(
t(
  'De termijnen op deze pagina zijn instellingen van het platform; u ziet de waarden waarmee het nu draait.',
  'The terms on this page are settings of the platform; you see the values it runs with now.',
),
)}
${h2('grondslag', t('Waarom we dit mogen', 'Why we may do this'))}
${p(
t(
  'We verwerken deze gegevens voor een taak van algemeen belang (artikel 6, lid 1, onder e AVG): ondernemers, burgers en organisaties betrekken bij de Digitaliseringsstrategie. We verkopen of delen uw gegevens met niemand.',
  'We process this data for a task in the public interest (Article 6(1)(e) GDPR): involving entrepreneurs, citizens and organisations in the Digitalisation Strategy. We do not sell or share your data with anyone.',
),
)}
${h2('cookies', t('Cookies', 'Cookies'))}
${p(t('Dit platform gebruikt alleen cookies die nodig zijn om het te laten werken; geen cookies om u te volgen of te analyseren, en niets van derden.', 'This platform uses only the cookies it needs to work; no cookies to track or analyse you, and nothing from third parties.'))}
${table(t('Cookies van dit platform', 'Cookies of this platform'), [t('Naam', 'Name'), t('Waarvoor', 'What for'), t('Hoe lang', 'How long')], cookies)}
${h2('rechten', t('Uw rechten en hoe u ze gebruikt', 'Your rights and how to use them'))}
${p(t('U hebt het recht om:', 'You have the right to:'))}
${list([
t('uw gegevens in te zien;', 'see your data;'),
t('onjuiste gegevens te laten verbeteren;', 'have incorrect data corrected;'),
t('uw gegevens te laten verwijderen;', 'have your data erased;'),
t('de verwerking te laten beperken of er bezwaar tegen te maken.', 'have the processing restricted or object to it.'),
])}
${p(
html`${t('Stuur uw verzoek naar', 'Send your request to')} ${mail(e.PRIVACY_CONTACT_EMAIL)}${t(
  ', vanaf of met vermelding van het e-mailadres dat u op het platform gebruikte (en het kenmerk van uw melding, als u dat hebt). We antwoorden binnen een maand.',
  ', from or naming the e-mail address you used on the platform (and the reference of your report, if you have one). We answer within one month.',
)}`,
)}
${p(
t(
  'Verwijderen gebeurt in één keer voor het hele platform: een beheerder voert uw verzoek uit, en elk onderdeel wist uw naam, e-mailadres, telefoonnummer, de e-mails aan u die nog in de wachtrij staan en uw bevestigingslinks. Wat overblijft bevat geen persoonsgegevens: een melding telt bijvoorbeeld mee in de cijfers, zonder contactgegevens. U hoort van ons als het klaar is.',
  'Erasure happens in one go for the whole platform: an administrator carries out your request, and every part erases your name, e-mail address, phone number, the e-mails to you still in the queue and your confirmation links. What remains holds no personal data: a report, for example, still counts in the figures, without contact details. We let you know when it is done.',
),
)}
${h2('klacht', t('Een klacht', 'A complaint'))}
${p(
html`${t('Bent u het niet eens met hoe wij met uw gegevens omgaan, laat het ons weten via', 'If you disagree with how we handle your data, tell us at')} ${mail(e.PRIVACY_CONTACT_EMAIL)}. ${t(
  'U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens:',
  'You may also lodge a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens):',
)} ${link('https://autoriteitpersoonsgegevens.nl', 'autoriteitpersoonsgegevens.nl')}.`,
)}`,
    });
}

/** The accessibility statement the Besluit digitale toegankelijkheid overheid asks for, with what the tests check. */
export function renderAccessibilityStatement(ctx: PageContext, e: StatementSettings): SafeHtml {
  const t = ctx.t;
  const title = t('Toegankelijkheidsverklaring', 'Accessibility statement');
  const c = AXE_COVERAGE;
  const pages = c.publicPages + c.staffPages;
  const checks = pages * c.languages;
  return layout(ctx, {
      title,
      body: html`${heading1(title)}
${p(
t(
  `${e.ORGANISATION_NAME} wil dat iedereen Permanent Beta kan gebruiken. Daarom willen we voldoen aan de toegankelijkheidseisen van de Web Content Accessibility Guidelines (WCAG) 2.1, niveau A en AA, zoals het Besluit digitale toegankelijkheid overheid voorschrijft.`,
  `${e.ORGANISATION_NAME} wants everyone to be able to use Permanent Beta. That is why we aim to meet the accessibility requirements of the Web Content Accessibility Guidelines (WCAG) 2.1, level A and AA, as the Dutch Temporary Decree on Digital Accessibility of Government requires.`,
),
)}
${h2('geldt-voor', t('Waarvoor deze verklaring geldt', 'What this statement covers'))}
${p(t('Deze verklaring geldt voor alle pagina’s van het platform Permanent Beta: de openbare pagina’s en de pagina’s voor medewerkers.', 'This statement covers every page of the Permanent Beta platform: the public pages and the pages for staff.'))}
${h2('status', t('Nalevingsstatus', 'Compliance status'))}
${p(
html`<strong>${t('Eerste maatregelen genomen.', 'First measures taken.')}</strong> ${t(
  'Er is nog geen volledig onderzoek (audit) naar de toegankelijkheid door een onafhankelijke deskundige gedaan. Wel controleren we elke versie automatisch en met het toetsenbord, zoals hieronder staat.',
  'No full accessibility audit by an independent expert has been done yet. We do check every version automatically and with the keyboard, as described below.',
)}`,
)}
${h2('maatregelen', t('Wat we doen', 'What we do'))}
${list([
t(
  `Bij elke testronde controleert axe-core ${pages} pagina’s in een echte browser: ${c.publicPages} openbare pagina’s en ${c.staffPages} pagina’s voor medewerkers, elk in het Nederlands en het Engels (${checks} controles), op de regels van WCAG 2.0 en 2.1, niveau A en AA, en de aanbevolen werkwijzen van axe. Het meldformulier wordt daarnaast gecontroleerd terwijl het foutmeldingen toont. Een gevonden fout laat de tests falen.`,
  `In every test run, axe-core checks ${pages} pages in a real browser: ${c.publicPages} public pages and ${c.staffPages} pages for staff, each in Dutch and English (${checks} checks), against the rules of WCAG 2.0 and 2.1, level A and AA, and axe's best practices. The report form is also checked while it shows error messages. A violation found fails the tests.`,
),
t(
  'Een test met alleen het toetsenbord controleert dat de eerste Tab bij de link naar de inhoud komt, dat de velden van het meldformulier in leesvolgorde staan en dat na een fout de focus op de foutmeldingen komt.',
  'A keyboard-only test checks that the first Tab reaches the skip link, that the fields of the report form are in reading order, and that focus goes to the error summary after a mistake.',
),
t(
  'De pagina’s werken zonder JavaScript, hebben een taalaanduiding, en elk formulierveld heeft een label. We bouwen met de componenten van NL Design System.',
  'The pages work without JavaScript, declare their language, and every form field has a label. We build with the components of NL Design System.',
),
])}
${h2('beperkingen', t('Wat we nog niet weten', 'What we do not know yet'))}
${p(
t(
  'Automatische controles vinden niet alle problemen. Wat ze niet kunnen beoordelen, zoals begrijpelijke teksten, de betekenis van alternatieve teksten en het gebruik met een schermlezer, is nog niet onderzocht. Dat onderzoek is de volgende stap.',
  'Automated checks do not find every problem. What they cannot judge, such as clear language, the meaning of text alternatives and use with a screen reader, has not been examined yet. That examination is the next step.',
),
)}
${h2('contact', t('Een probleem melden', 'Reporting a problem'))}
${p(
html`${t('Kunt u iets op dit platform niet gebruiken, of ziet u een probleem met de toegankelijkheid? Mail naar', 'Is there something on this platform you cannot use, or do you see an accessibility problem? Write to')} ${mail(e.CONTACT_EMAIL)} ${t(
  'en vertel op welke pagina het was en wat er misging. We helpen u dan op een andere manier verder.',
  'and tell us which page it was and what went wrong. We will then help you in another way.',
)}`,
)}
${h2('handhaving', t('Handhavingsprocedure', 'Enforcement procedure'))}
${p(
html`${t(
  'Bent u niet tevreden met de manier waarop wij uw melding behandelen? Dan kunt u contact opnemen met de Nationale ombudsman:',
  'Are you not satisfied with how we handle your report? Then you can contact the National Ombudsman:',
)} ${link('https://www.nationaleombudsman.nl', 'nationaleombudsman.nl')}.`,
)}
${h2('aanvullend', t('Aanvullende informatie', 'Additional information'))}
${p(`${t('Deze verklaring is opgesteld op', 'This statement was drawn up on')} ${formatDate(ctx, ACCESSIBILITY_STATEMENT_DATE)}.`)}`,
    });
}

/** Contact and colophon. */
export function renderColophon(ctx: PageContext, e: StatementSettings): SafeHtml {
  const t = ctx.t;
  const title = t('Contact en colofon', 'Contact and colophon');
  return layout(ctx, {
      title,
      body: html`${heading1(title)}
${h2('contact', t('Contact', 'Contact'))}
${p(html`${t('Vragen over het platform, een melding of een consultatie:', 'Questions about the platform, a report or a consultation:')} ${mail(e.CONTACT_EMAIL)}.`)}
${p(html`${t('Vragen over uw persoonsgegevens:', 'Questions about your personal data:')} ${mail(e.PRIVACY_CONTACT_EMAIL)} (${link(STATEMENT_PATHS.privacy, t('privacyverklaring', 'privacy statement'))}).`)}
${h2('colofon', t('Colofon', 'Colophon'))}
${p(
t(
  `Permanent Beta is het consultatie- en feedbackplatform van de Nederlandse Digitaliseringsstrategie, beheerd door ${e.ORGANISATION_NAME}. Ondernemers melden belemmeringen in wet- en regelgeving, burgers en organisaties reageren op voorstellen, en elk jaar volgt een herijking van de strategie.`,
  `Permanent Beta is the consultation and feedback platform of the Dutch Digitalisation Strategy, run by ${e.ORGANISATION_NAME}. Entrepreneurs report barriers in law and regulation, citizens and organisations respond to proposals, and every year the strategy is re-calibrated.`,
),
)}
${list([
html`${t('Open data en cijfers:', 'Open data and figures:')} ${link('/open-data', t('open data', 'open data'))}, ${link('/monitor', t('monitor', 'monitor'))}.`,
t('Techniek: NestJS, PostgreSQL en Kafka; de pagina’s gebruiken de componenten van NL Design System (Utrecht).', 'Technology: NestJS, PostgreSQL and Kafka; the pages use the components of NL Design System (Utrecht).'),
t('De broncode valt onder de European Union Public Licence (EUPL) 1.2.', 'The source code is licensed under the European Union Public Licence (EUPL) 1.2.'),
html`${link(STATEMENT_PATHS.accessibility, t('Toegankelijkheidsverklaring', 'Accessibility statement'))}`,
])}`,
    });
}
