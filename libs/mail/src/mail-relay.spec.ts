import { withoutAddresses } from './mail-relay';

describe('SMTP errors as the mail relay records and logs them', () => {
  it('lose every e-mail address they quote, and keep the rest', () => {
    expect(withoutAddresses('550 5.1.1 <anna.devries@example.nl>: Recipient address rejected: User unknown')).toBe(
      '550 5.1.1 <<address>>: Recipient address rejected: User unknown',
    );
    expect(withoutAddresses('Can\'t send mail - all recipients were rejected: 553 "b.c@d.nl" and x+y@z.org')).toBe(
      'Can\'t send mail - all recipients were rejected: 553 "<address>" and <address>',
    );
    expect(withoutAddresses('connect ECONNREFUSED 127.0.0.1:9')).toBe('connect ECONNREFUSED 127.0.0.1:9');
  });
});
