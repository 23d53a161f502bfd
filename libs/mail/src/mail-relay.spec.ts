import { pooledSmtpUrl, withoutAddresses } from './mail-relay';

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

describe('the SMTP URL the relay connects with', () => {
  it('switches on the connection pool with the relay\'s connection count', () => {
    const url = new URL(pooledSmtpUrl('smtp://mail.example.nl:1025', 4));
    expect([url.host, url.searchParams.get('pool'), url.searchParams.get('maxConnections'), url.searchParams.get('maxMessages'), url.searchParams.get('socketTimeout')]).toEqual([
      'mail.example.nl:1025',
      'true',
      '4',
      '500',
      '60000',
    ]);
  });

  it('keeps what the operator set in SMTP_URL, and the credentials', () => {
    const url = new URL(pooledSmtpUrl('smtps://user:p%40ss@mail.example.nl:465?pool=false&maxConnections=2', 8));
    expect([url.username, url.password, url.searchParams.get('pool'), url.searchParams.get('maxConnections')]).toEqual(['user', 'p%40ss', 'false', '2']);
  });
});
