import { exampleErasure, exampleParkedEvent } from '../../clients/contract-examples';
import { testPageContext } from '../../web/test-page-context';
import { erasureFormPage, erasureStatusPage } from './erasures.views';
import { renderParkedEvents } from './parked-events.views';

const admin = { id: 'a1', roles: ['admin' as const] };

describe('admin views', () => {
  it('renders the erasure form with its error summary and the address as typed, escaped', () => {
    const page = erasureFormPage(testPageContext('nl', admin), { values: { email: '"><b>x' }, errors: { email: 'Geen geldig e-mailadres.' } }).value;
    expect(page).toContain('<a class="utrecht-link" href="#f-email">E-mailadres: Geen geldig e-mailadres.</a>');
    expect(page).toContain('value="&quot;&gt;&lt;b&gt;x"');
    expect(page).not.toContain('Recente verzoeken');
  });

  it('shows where a request stands per part of the platform, counts in words', () => {
    const page = erasureStatusPage(
      testPageContext('en', admin),
      { ...exampleErasure(), id: 'e1', status: 'pending', requestedAt: '2026-03-01T10:00:00Z', completedAt: null, services: [{ service: 'loket', status: 'completed', erased: { reporters: 1 }, answeredAt: '2026-03-01T10:01:00Z' }, { service: 'comments', status: 'pending', erased: null, answeredAt: null }] },
      true,
    ).value;
    expect(page).toContain('<span class="pb-status" id="erasure-status">In progress</span>');
    expect(page).toContain('1 reporter’s contact details removed');
    expect(page).toContain('Consultations (responses and support)');
    expect(page).toContain('no answer yet');
    expect(page).toContain('The request has been sent to every part of the platform.');
  });

  it('lists parked events per service with a re-queue form each, and says which service did not answer', () => {
    const page = renderParkedEvents(
      testPageContext('nl', admin),
      [
        { service: 'loket', result: { items: [{ ...exampleParkedEvent(), position: '7', eventId: 'ev-1', type: 'ReportSubmitted.v1', aggregateId: 'LKT-2026-000001', createdAt: '2026-03-01T10:00:00Z', parkedAt: '2026-03-01T10:00:00Z', reason: 'too <large>', heldBehind: null, bytes: 2000000 }], total: 1 } },
        { service: 'review', result: { unavailable: 'down' } },
      ],
      true,
    ).value;
    expect(page).toContain('action="/beheer/geparkeerde-events/loket/7/opnieuw"');
    expect(page).toContain('too &lt;large&gt;');
    expect(page).toContain('<h2 class="utrecht-heading-2">Monitor en jaaroverzicht</h2>');
    expect(page).toContain('tijdelijk niet beschikbaar');
    expect(page).toContain('Opnieuw aangeboden;');
  });
});
