import type { AuditPage } from '../../clients/loket.types';
import { testPageContext } from '../../web/test-page-context';
import { describeDetails, renderAuditLog } from './audit.views';

const official = { id: 'o1', roles: ['official' as const], department: 'IenW' };

/** The loket's entry when a routing rule sent a report to a department at intake (issue 10 item 2). */
const routed = (details: Record<string, string>): AuditPage => ({
  reference: 'LKT-2026-000042',
  items: [{ at: '2026-03-01T10:00:00Z', actor: { role: 'system', id: 'loket' }, action: 'routing', details }],
  total: 1,
  page: 1,
  pageSize: 50,
});

describe('audit log: a routing rule at intake', () => {
  const details = { ruleId: '7d4f2c1e-0000-4000-8000-000000000001', rulePosition: '2', department: 'IenW', handlerGroup: 'drones' };

  it('names the action, the system, the rule by its position, the ministry and the handler group in Dutch', () => {
    const page = renderAuditLog(testPageContext('nl', official), 'LKT-2026-000042', 1, routed(details)).value;
    expect(page).toContain('Doorgestuurd door een routeringsregel');
    expect(page).toContain('Systeem loket');
    expect(page).toContain('Routeringsregel 2; Ministerie: Infrastructuur en Waterstaat; Behandelgroep: drones');
    // The rule's id is for the record, not for the reader; the bare action code never shows.
    expect(page).not.toContain(details.ruleId);
    expect(page).not.toMatch(/>routing</);
  });

  it('does the same in English', () => {
    const page = renderAuditLog(testPageContext('en', official), 'LKT-2026-000042', 1, routed(details)).value;
    expect(page).toContain('Routed by a routing rule');
    expect(page).toContain('System loket');
    expect(page).toContain('Routing rule 2; Ministry: Infrastructure and Water Management; Handler group: drones');
  });

  it('leaves the handler group out when the rule had none', () => {
    const { handlerGroup: _none, ...withoutGroup } = details;
    expect(String(describeDetails(testPageContext('nl', official), withoutGroup))).toBe('Routeringsregel 2; Ministerie: Infrastructuur en Waterstaat');
    expect(String(describeDetails(testPageContext('en', official), withoutGroup))).toBe('Routing rule 2; Ministry: Infrastructure and Water Management');
  });
});
