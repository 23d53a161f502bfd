import type { ThemeOption } from '../../clients/strategy-themes';
import type { StrategyThemes } from '../../clients/strategy-themes';
import { formInput, ServiceClient } from '../../clients/service-client';
import type { QueueQuery } from '../../clients/loket.types';
import type { PageContext } from '../../web/page-context';
import type { QueueViewData } from './queue.views';

/**
 * What the queue page needs from the services: the page of reports, the themes, and the caller's
 * saved filters (shared by the queue's own route and the desk's actions that show the queue again).
 */
export async function loadQueue(services: ServiceClient, themes: StrategyThemes, ctx: PageContext, values: Record<string, string>, page: number): Promise<QueueViewData & { themes: ThemeOption[] }> {
  const loket = services.to('loket', { lang: ctx.lang, token: ctx.accessToken });
  const [result, themeList, saved] = await Promise.all([
    loket.GET('/api/loket/reports', { params: { query: formInput<QueueQuery>({ ...values, page, pageSize: 20 }) } }),
    themes.list(ctx.lang),
    loket.GET('/api/loket/desk/filters', {}),
  ]);
  return {
    values,
    page,
    themes: themeList,
    result: result.ok ? result.data : undefined,
    unavailable: result.ok ? undefined : (result.unavailable ?? 'error'),
    // Without its saved filters the queue still works: the panel then shows none.
    desk: { saved: saved.ok ? saved.data.items : [] },
  };
}
