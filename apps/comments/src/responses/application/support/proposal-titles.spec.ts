import { closingExtendedMail } from './lifecycle-mails';
import { titleIn, titlesOf } from './proposal-titles';
import { moderationMail, reportPublishedMail, verificationMail } from './response-mails';

describe('the title a mail names a proposal by', () => {
  const both = { nl: 'Werkplaatsen', en: 'Workshops' };
  const dutchOnly = { nl: 'Werkplaatsen', en: null };

  it('is the English title in English when there is one, the Dutch one otherwise and in Dutch', () => {
    expect(titleIn(both, 'en')).toBe('Workshops');
    expect(titleIn(both, 'nl')).toBe('Werkplaatsen');
    expect(titleIn(dutchOnly, 'en')).toBe('Werkplaatsen');
    expect(titlesOf({ title: 'Werkplaatsen', titleEn: 'Workshops' })).toEqual(both);
    expect(titlesOf({ title: 'Werkplaatsen' })).toEqual(dutchOnly);
    expect(titlesOf(null)).toEqual({ nl: '', en: null });
  });

  it('goes into the English mail and into the English half of a bilingual one', () => {
    const en = closingExtendedMail('a@example.org', 'en', both, new Date('2026-12-24T22:59:59Z'), 'https://x/c/1');
    expect(en.text).toContain('"Workshops"');
    expect(en.text).not.toContain('Werkplaatsen');
    expect(closingExtendedMail('a@example.org', 'nl', both, new Date('2026-12-24T22:59:59Z'), 'https://x/c/1').text).toContain('"Werkplaatsen"');
    for (const mail of [verificationMail('a@example.org', null, 'https://x/v', both, 'response'), moderationMail('a@example.org', null, 'reject', 'spam', both), reportPublishedMail('a@example.org', null, both, 'https://x/c/1')]) {
      const [dutch, english] = [mail.text.slice(0, mail.text.indexOf('\n\n')), mail.text.slice(mail.text.indexOf('\n\n'))];
      expect(dutch).toContain('"Werkplaatsen"');
      expect(english).toContain('"Workshops"');
      expect(english).not.toContain('Werkplaatsen');
    }
  });
});
