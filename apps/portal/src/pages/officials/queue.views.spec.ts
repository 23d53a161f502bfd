import { exampleQueueItem } from '../../clients/contract-examples';
import type { SavedFilter } from '../../clients/desk.types';
import { testPageContext } from '../../web/test-page-context';
import { queueValues } from '../../web/forms';
import { renderQueue } from './queue.views';

const official = { id: 'ienw-7', roles: ['official' as const], department: 'IenW' };

/** The handler group a routing rule gives a report (issue 10 item 2), in the officials' queue. */
describe('queue: the handler group', () => {
  const grouped = { ...exampleQueueItem(), reference: 'LKT-2026-000042', title: 'Drones', department: 'IenW', handlerGroup: 'drones' };
  const plain = { ...exampleQueueItem(), reference: 'LKT-2026-000043', title: 'AI', department: 'IenW' };
  const result = { items: [grouped, plain], total: 2, page: 1, pageSize: 20, overdueCount: 0 };

  it('shows the group beside the ministry of a report that has one, in Dutch and English', () => {
    const nl = renderQueue(testPageContext('nl', official), { values: {}, page: 1, themes: [], result }).value;
    expect(nl).toContain('<td class="utrecht-table__cell">IenW (behandelgroep drones)</td>');
    expect(nl).toContain('<td class="utrecht-table__cell">IenW</td>');
    const en = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: [], result }).value;
    expect(en).toContain('<td class="utrecht-table__cell">IenW (handler group drones)</td>');
  });

  it('offers the group as a labelled filter that keeps its value, in the bulk assign and save forms too', () => {
    const page = renderQueue(testPageContext('nl', official), { values: { group: 'drones' }, page: 1, themes: [], result }).value;
    expect(page).toMatch(/<label[^>]* for="f-group"[^>]*>Behandelgroep<\/label>/);
    expect(page).toContain('id="f-group" name="group" type="text" value="drones"');
    expect(page).toMatch(/<form method="post" action="\/behandelen\/filters" novalidate>[^]*<input type="hidden" name="group" value="drones">[^]*name="filterName"/);
    expect(page).toMatch(/<form method="post" action="\/behandelen\/toewijzen" id="bulk-assign"[^]*<input type="hidden" name="group" value="drones">/);
    const en = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: [], result }).value;
    expect(en).toMatch(/<label[^>]* for="f-group"[^>]*>Handler group<\/label>/);
  });

  it('takes the group from the query string, and a saved filter with a group links to it and names it', () => {
    expect(queueValues({ group: 'drones', other: 'x' })).toEqual({ group: 'drones' });
    const saved: SavedFilter[] = [{ id: '00000000-0000-4000-8000-000000000001', name: 'Dronesteam', filters: { group: 'drones', overdue: 'true' }, savedAt: '2026-03-01T10:00:00Z' }];
    const nl = renderQueue(testPageContext('nl', official), { values: {}, page: 1, themes: [], result, desk: { saved } }).value;
    expect(nl).toContain('href="/behandelen?group=drones&amp;overdue=true">Dronesteam</a>');
    expect(nl).toContain('(behandelgroep drones, alleen over tijd)');
    const en = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: [], result, desk: { saved } }).value;
    expect(en).toContain('(handler group drones, only overdue)');
  });
});
