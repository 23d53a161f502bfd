import { XMLParser } from 'fast-xml-parser';
import { emptyForm } from '../../web/components';
import { testPageContext } from '../../web/test-page-context';
import { renderAtomFeed } from './atom-feed.views';
import { feedHref, followLinks, subscribeHref, topicFromParams } from '../../web/follow';
import { renderSubscribeForm, renderTokenAction, renderTokenDone } from './subscriptions.views';

describe('subscription pages', () => {
  it('read a topic from the Dutch URL parameters and refuse anything else', () => {
    expect(topicFromParams('thema', '1.4')).toEqual({ kind: 'theme', ref: '1.4' });
    expect(topicFromParams('regeling', 'BWBR0024282')).toEqual({ kind: 'regulation', ref: 'BWBR0024282' });
    expect(topicFromParams('melding', 'LKT-2026-000123')).toEqual({ kind: 'barrier', ref: 'LKT-2026-000123' });
    expect(topicFromParams('theme', '1.4')).toBeUndefined();
    expect(topicFromParams('thema', '1.4<script>')).toBeUndefined();
    expect(topicFromParams('regeling', ['BWBR0024282'])).toBeUndefined();
  });

  it('link a topic to its form and its Atom feed', () => {
    const topic = { kind: 'regulation', ref: 'BWBR0024282' } as const;
    expect(subscribeHref(topic)).toBe('/abonnementen/nieuw?soort=regeling&ref=BWBR0024282');
    expect(feedHref(topic)).toBe('/feeds/regeling/BWBR0024282.atom');
    expect(followLinks(testPageContext('en'), { kind: 'theme', ref: '1.4' }, 'Digital government').value).toContain('Follow theme 1.4 Digital government by e-mail');
  });

  it('show the form in the reader’s language, with the topic kept in hidden fields and the errors summarised', () => {
    const nl = renderSubscribeForm(testPageContext('nl'), { kind: 'theme', ref: '1.4' }, { values: { email: 'x' }, errors: { email: 'Vul een geldig e-mailadres in.' } }).value;
    expect(nl).toContain('<title>Fout: Volg thema 1.4');
    expect(nl).toContain('<input type="hidden" name="soort" value="thema">');
    expect(nl).toContain('Vul een geldig e-mailadres in.');
    const en = renderSubscribeForm(testPageContext('en'), { kind: 'theme', ref: '1.4' }, emptyForm()).value;
    expect(en).toContain('Follow theme 1.4');
    expect(en).toContain('name="_csrf"');
  });

  it('let only a button act on a link from a mail (a scanner that follows the link changes nothing)', () => {
    const page = renderTokenAction(testPageContext('nl'), 'unsubscribe', 'abc.def').value;
    expect(page).toContain('<form method="post" action="/abonnementen/opzeggen?token=abc.def"');
    expect(page).toContain('Afmelden');
    expect(renderTokenDone(testPageContext('en'), 'confirm', { kind: 'barrier', ref: 'LKT-2026-000123' }).value).toContain('when there is news in report LKT-2026-000123');
  });

  it('render an Atom feed with absolute links, stable ids and the news in the reader’s language', () => {
    const xml = renderAtomFeed(
      testPageContext('nl'),
      {
        topic: { kind: 'theme', ref: '1.4' },
        items: [{ id: '8f0d1d4e-8a43-4c1f-9a52-6f7d7b0e6a11', kind: 'proposal-published', subjectRef: 'p1', title: 'Digitale vergunningen & meer', path: '/consultaties/p1', occurredAt: '2026-11-30T10:00:00.000Z' }],
      },
      'https://permanentbeta.example.nl',
    );
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://permanentbeta.example.nl/feeds/thema/1.4.atom');
    expect(feed.title).toBe('Permanent Beta: thema 1.4');
    expect(feed.entry.id).toBe('urn:uuid:8f0d1d4e-8a43-4c1f-9a52-6f7d7b0e6a11');
    expect(feed.entry.title['#text']).toBe('Er is een nieuw voorstel ter consultatie: Digitale vergunningen & meer.');
    expect(feed.entry.link['@_href']).toBe('https://permanentbeta.example.nl/consultaties/p1');
    expect(feed.entry.updated).toBe('2026-11-30T10:00:00.000Z');
  });
});
