import type { Outcome } from '@pb/contracts';
import type { OutgoingMail } from '@pb/mail';

/** Labels of the outcomes of journey 3, as the reporter reads them. */
export const OUTCOME_LABELS: Record<Outcome, { nl: string; en: string }> = {
  explained: { nl: 'Uitgelegd — geen belemmering', en: 'Explained — no barrier' },
  guidance: { nl: 'Handreiking gegeven', en: 'Guidance given' },
  forwarded: { nl: 'Doorgestuurd (naar een toezichthouder of Ruimte in Regels)', en: 'Forwarded (to a regulator or Ruimte in Regels)' },
  'experimentation-space': { nl: 'Experimenteerruimte geboden', en: 'Experimentation space offered' },
  'regulation-change-proposed': { nl: 'Wijziging van de regelgeving voorgesteld', en: 'Change of the regulation proposed' },
  'not-admissible': { nl: 'Niet ontvankelijk', en: 'Not admissible' },
};

/** A deadline (a local date, `YYYY-MM-DD`) as a reader writes it: "15 december 2026" / "15 December 2026". */
const longDate = (localDate: string, lang: 'nl' | 'en'): string =>
  new Date(`${localDate}T12:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

const SEPARATOR = '\n\n— English below —\n\n';
const followLink = (url: string) => ({
  nl: `Volg uw melding via de persoonlijke link uit de ontvangstbevestiging (${url}).`,
  en: `Follow your report through the personal link in the acknowledgement (${url}).`,
});

/** The mails of the loket, Dutch first and English second (one mail, both languages). */
export const ReportMails = {
  /**
   * Carries nothing the reporter typed (no name, title or description): anyone can submit with
   * any address, so a mail that repeated their text would let them send government mail with
   * their own words to anybody. Reference, status, deadlines and the link are ours.
   */
  acknowledgement(to: string, reference: string, deadlines: { triageBy: string; answerBy: string }, trackingUrl: string): OutgoingMail {
    return {
      to,
      kind: 'loket.acknowledgement',
      priority: 'waiting',
      subject: `Ontvangstbevestiging melding ${reference} / Report received`,
      text:
        `Geachte melder,\n\nWij hebben uw melding ontvangen onder kenmerk ${reference}.\n\n` +
        `Status: ontvangen\nBeoordeeld uiterlijk: ${longDate(deadlines.triageBy, 'nl')} (5 werkdagen)\nAntwoord uiterlijk: ${longDate(deadlines.answerBy, 'nl')} (40 werkdagen)\n\n` +
        `Volg uw melding, beantwoord vragen en lees de uitkomst via deze persoonlijke link (deel hem niet):\n${trackingUrl}\n\n` +
        `Heeft u geen melding gedaan? Dan heeft iemand anders uw e-mailadres ingevuld; u kunt deze e-mail negeren.` +
        SEPARATOR +
        `Dear reporter,\n\nWe received your report under reference ${reference}.\n\n` +
        `Status: received\nTriaged by: ${longDate(deadlines.triageBy, 'en')} (5 working days)\nAnswered by: ${longDate(deadlines.answerBy, 'en')} (40 working days)\n\n` +
        `Follow your report, answer questions and read the outcome through this personal link (do not share it):\n${trackingUrl}\n\n` +
        `Did not report anything? Then someone else entered your e-mail address; you can ignore this e-mail.\n`,
    };
  },

  /** "Link kwijt": the fresh private link; the mail says the old one no longer works. */
  newTrackingLink(to: string, reference: string, trackingUrl: string, expiresAt: Date): OutgoingMail {
    const until = (lang: string) => expiresAt.toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    return {
      to,
      kind: 'loket.tracking-link',
      priority: 'waiting',
      subject: `Nieuwe link voor melding ${reference} / A new link for your report`,
      text:
        `U vroeg een nieuwe persoonlijke link aan voor melding ${reference}. Hiermee volgt u de melding (deel hem niet); ` +
        `de link werkt tot ${until('nl-NL')}. Uw vorige link werkt niet meer.\n${trackingUrl}\n\n` +
        `Heeft u deze link niet aangevraagd? Dan kunt u dit bericht negeren.` +
        SEPARATOR +
        `You requested a new private link for report ${reference}. Follow your report with it (do not share it); ` +
        `the link works until ${until('en-GB')}. Your previous link no longer works.\n${trackingUrl}\n\n` +
        `Did you not request this link? Then you can ignore this message.\n`,
    };
  },

  question(to: string, reference: string, question: string, reportUrl: string): OutgoingMail {
    const link = followLink(reportUrl);
    return {
      to,
      kind: 'loket.question',
      subject: `Vraag over uw melding ${reference} / A question about your report`,
      text:
        `Wij hebben een vraag over uw melding ${reference}:\n\n${question}\n\n${link.nl} Zolang wij op uw antwoord wachten, staat de termijn stil.` +
        SEPARATOR +
        `We have a question about your report ${reference}:\n\n${question}\n\n${link.en} While we wait for your answer, the deadline is paused.\n`,
    };
  },

  outcome(to: string, reference: string, outcome: Outcome, explanation: string, reportUrl: string, viaOriginal?: string): OutgoingMail {
    const label = OUTCOME_LABELS[outcome];
    const link = followLink(reportUrl);
    const nlIntro = viaOriginal
      ? `Uw melding ${reference} is gekoppeld aan melding ${viaOriginal} over dezelfde belemmering. Die is nu afgehandeld.`
      : `Uw melding ${reference} is afgehandeld.`;
    const enIntro = viaOriginal
      ? `Your report ${reference} is linked to report ${viaOriginal} about the same barrier, which has now been resolved.`
      : `Your report ${reference} has been resolved.`;
    return {
      to,
      kind: viaOriginal ? 'loket.outcome-of-original' : 'loket.outcome',
      subject: `Uitkomst melding ${reference} / Outcome of your report`,
      text:
        `${nlIntro}\n\nUitkomst: ${label.nl}\n\n${explanation}\n\n${link.nl}` +
        SEPARATOR +
        `${enIntro}\n\nOutcome: ${label.en}\n\n${explanation}\n\n${link.en}\n`,
    };
  },

  linkedAsDuplicate(to: string, reference: string, originalReference: string, reportUrl: string): OutgoingMail {
    const link = followLink(reportUrl);
    return {
      to,
      kind: 'loket.linked-duplicate',
      subject: `Uw melding ${reference} is gekoppeld / Your report has been linked`,
      text:
        `Uw melding ${reference} gaat over dezelfde belemmering als melding ${originalReference}. Wij behandelen ze samen; ` +
        `u krijgt bericht zodra er een uitkomst is. ${link.nl}` +
        SEPARATOR +
        `Your report ${reference} is about the same barrier as report ${originalReference}. We handle them together; ` +
        `you will hear as soon as there is an outcome. ${link.en}\n`,
    };
  },
};
