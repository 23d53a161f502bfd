import { Feed as AtomFeed } from 'feed';
import type { Feed } from '../../clients/subscriptions.types';
import type { PageContext } from '../../web/page-context';
import { feedHref, topicName } from '../../web/follow';

/**
 * The Atom feed of a topic (RFC 4287, by the `feed` library): data in, XML out. Ids are stable
 * URNs of the feed item, so a reader never shows the same news twice; links are absolute.
 */
export function renderAtomFeed(ctx: PageContext, feed: Feed, origin: string): string {
  const name = topicName(ctx, feed.topic);
  const atom = new AtomFeed({
    id: `${origin}${feedHref(feed.topic)}`,
    title: ctx.msg('subscriptions:feed.title', { topic: name }),
    description: ctx.msg('subscriptions:feed.description', { topic: name }),
    link: origin,
    language: ctx.lang,
    updated: feed.items[0] ? new Date(feed.items[0].occurredAt) : new Date(0),
    feedLinks: { atom: `${origin}${feedHref(feed.topic)}` },
    copyright: ctx.msg('subscriptions:feed.rights'),
    generator: 'Permanent Beta',
  });
  for (const item of feed.items) {
    atom.addItem({
      id: `urn:uuid:${item.id}`,
      title: ctx.msg(`subscriptions:news.${item.kind}`, { title: item.title }),
      link: `${origin}${item.path}`,
      date: new Date(item.occurredAt),
    });
  }
  return atom.atom1();
}
