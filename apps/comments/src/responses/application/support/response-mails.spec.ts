import { closingExtendedMail } from './lifecycle-mails';
import { alreadyRespondedMail, alreadySupportedMail, moderationMail, reportPublishedMail, verificationMail } from './response-mails';

const titles = { nl: 'Werkplaatsen', en: 'Workshops' };
const every = (lang: 'nl' | 'en' | null) => [
  verificationMail('a@example.org', lang, 'https://x/v', titles, 'response'),
  verificationMail('a@example.org', lang, 'https://x/v', titles, 'support'),
  alreadyRespondedMail('a@example.org', lang, titles),
  alreadySupportedMail('a@example.org', lang, titles),
  moderationMail('a@example.org', lang, 'publish', null, titles),
  moderationMail('a@example.org', lang, 'reject', 'spam', titles),
  reportPublishedMail('a@example.org', lang, titles, 'https://x/c/1'),
  closingExtendedMail('a@example.org', lang, titles, new Date('2026-12-24T22:59:59Z'), 'https://x/c/1'),
];

describe("a respondent's mails", () => {
  it('come in English only to a respondent who wrote in English', () => {
    for (const mail of every('en')) {
      expect([mail.kind, mail.text]).toEqual([mail.kind, expect.stringContaining('"Workshops"')]);
      expect([mail.kind, mail.text]).not.toEqual([mail.kind, expect.stringContaining('Werkplaatsen')]);
      expect([mail.kind, mail.subject]).not.toEqual([mail.kind, expect.stringContaining(' / ')]);
    }
  });

  it('come in Dutch only to a respondent who wrote in Dutch', () => {
    for (const mail of every('nl')) {
      expect([mail.kind, mail.text]).toEqual([mail.kind, expect.stringContaining('"Werkplaatsen"')]);
      expect([mail.kind, mail.text]).not.toEqual([mail.kind, expect.stringContaining('Workshops')]);
      expect([mail.kind, mail.subject]).not.toEqual([mail.kind, expect.stringContaining(' / ')]);
    }
  });

  it('come in Dutch and English, Dutch first, when the language is not known', () => {
    for (const mail of every(null)) {
      expect([mail.kind, mail.text.indexOf('"Werkplaatsen"') >= 0 && mail.text.indexOf('"Werkplaatsen"') < mail.text.indexOf('"Workshops"')]).toEqual([mail.kind, true]);
      expect([mail.kind, mail.subject]).toEqual([mail.kind, expect.stringContaining(' / ')]);
    }
  });
});
