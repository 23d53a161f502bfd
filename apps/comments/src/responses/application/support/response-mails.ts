import type { OutgoingMail } from '@pb/mail';
import type { ModerationReason } from '@pb/contracts';

/** Texts of the mails respondents get, Dutch first, English second. Plain text: nothing a respondent typed is rendered as HTML. */
const reasons: Record<ModerationReason, { nl: string; en: string }> = {
  'off-topic': { nl: 'de reactie gaat niet over dit voorstel', en: 'the response is not about this proposal' },
  offensive: { nl: 'de reactie is beledigend of kwetsend', en: 'the response is offensive or hurtful' },
  'personal-data': { nl: 'de reactie bevat persoonsgegevens van anderen', en: 'the response contains personal data of others' },
  spam: { nl: 'de reactie is reclame of spam', en: 'the response is advertising or spam' },
  illegal: { nl: 'de reactie is in strijd met de wet', en: 'the response is against the law' },
  duplicate: { nl: 'de reactie is een herhaling van een eerdere reactie', en: 'the response repeats an earlier response' },
};

export const reasonText = (reason: ModerationReason) => reasons[reason];

export function verificationMail(to: string, link: string, proposalTitle: string, kind: 'response' | 'support'): OutgoingMail {
  const what = kind === 'response' ? { nl: 'uw reactie', en: 'your response' } : { nl: 'uw steun', en: 'your support' };
  return {
    to,
    kind: `comments.verify-${kind}`,
    priority: 'waiting',
    subject: `Bevestig ${what.nl} / Confirm ${what.en}`,
    text: [
      `Bedankt voor ${what.nl} op het voorstel "${proposalTitle}".`,
      `Bevestig uw e-mailadres via deze link; pas dan telt ${what.nl} mee:`,
      link,
      'Heeft u dit niet gedaan? Dan kunt u deze e-mail negeren.',
      '',
      `Thank you for ${what.en} to the proposal "${proposalTitle}".`,
      `Confirm your e-mail address with this link; only then does ${what.en} count:`,
      link,
      'Did not do this? Then ignore this e-mail.',
    ].join('\n'),
  };
}

/**
 * Sent instead of a confirmation link when the address already has a counted response: the submit
 * answers the same either way (nobody learns from the API whether an address responded), so the
 * difference reaches only the owner of the mailbox.
 */
export function alreadyRespondedMail(to: string, proposalTitle: string): OutgoingMail {
  return {
    to,
    kind: 'comments.already-responded',
    // As fast as the confirmation it replaces: a slower mail would tell who already responded.
    priority: 'waiting',
    subject: 'U heeft al gereageerd / You have already responded',
    text: [
      `Er is een nieuwe reactie op het voorstel "${proposalTitle}" gestuurd met dit e-mailadres.`,
      'Met dit e-mailadres is al eerder een reactie bevestigd. Per e-mailadres telt één reactie: de nieuwe reactie is niet opgeslagen en telt niet mee. Uw eerdere reactie blijft staan.',
      'Heeft u dit niet gedaan? Dan kunt u deze e-mail negeren.',
      '',
      `A new response to the proposal "${proposalTitle}" was sent with this e-mail address.`,
      'A response from this address was already confirmed. One response counts per e-mail address: the new response was not stored and does not count. Your earlier response stands.',
      'Did not do this? Then ignore this e-mail.',
    ].join('\n'),
  };
}

/** Sent instead of a confirmation link when the address already supports the response (same reason as above). */
export function alreadySupportedMail(to: string, proposalTitle: string): OutgoingMail {
  return {
    to,
    kind: 'comments.already-supported',
    priority: 'waiting',
    subject: 'U steunt deze reactie al / You already support this response',
    text: [
      `Er is opnieuw steun gegeven aan een reactie op het voorstel "${proposalTitle}" met dit e-mailadres.`,
      'Met dit e-mailadres steunt u deze reactie al; uw steun telt één keer. Er is niets veranderd.',
      'Heeft u dit niet gedaan? Dan kunt u deze e-mail negeren.',
      '',
      `Support was given again to a response to the proposal "${proposalTitle}" with this e-mail address.`,
      'This address already supports the response; support counts once. Nothing has changed.',
      'Did not do this? Then ignore this e-mail.',
    ].join('\n'),
  };
}

export function moderationMail(to: string, decision: 'publish' | 'reject', reason: ModerationReason | null, proposalTitle: string): OutgoingMail {
  if (decision === 'publish') {
    return {
      to,
      kind: 'comments.moderation-published',
      subject: 'Uw reactie is gepubliceerd / Your response has been published',
      text: `Uw reactie op "${proposalTitle}" is beoordeeld en gepubliceerd.\n\nYour response to "${proposalTitle}" has been reviewed and published.`,
    };
  }
  const r = reasonText(reason!);
  return {
    to,
    kind: 'comments.moderation-rejected',
    subject: 'Uw reactie is niet gepubliceerd / Your response has not been published',
    text: [
      `Uw reactie op "${proposalTitle}" wordt niet openbaar getoond, omdat ${r.nl}.`,
      'Uw reactie blijft wel bewaard en telt mee in het consultatieverslag en de jaarlijkse herijking.',
      '',
      `Your response to "${proposalTitle}" is not shown publicly, because ${r.en}.`,
      'It is kept, and counts in the consultation report and the annual review.',
    ].join('\n'),
  };
}

export function reportPublishedMail(to: string, proposalTitle: string, link: string): OutgoingMail {
  return {
    to,
    kind: 'comments.report-published',
    // One mail per respondent of a consultation: thousands at once, nobody waiting on one of them.
    priority: 'bulk',
    subject: 'U zei, wij deden: het consultatieverslag is er / You said, we did: the consultation report is out',
    text: [
      `U reageerde op het voorstel "${proposalTitle}". Het consultatieverslag is gepubliceerd: wat er met de reacties is gedaan.`,
      link,
      '',
      `You responded to the proposal "${proposalTitle}". The consultation report is published: what was done with the responses.`,
      link,
    ].join('\n'),
  };
}
