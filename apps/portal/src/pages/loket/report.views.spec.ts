import { exampleReporterView } from '../../clients/contract-examples';
import type { ReportView } from '../../clients/loket.types';
import { testPageContext } from '../../web/test-page-context';
import { renderReportForm, renderReportReceived, renderTrackingPage } from './report.views';
import { renderLostLinkForm, renderTrackingLinkInvalid } from './tracking-link.views';

describe('loket views', () => {
  it('renders the report form with an error summary that links to each field, and keeps what was typed', () => {
    const page = renderReportForm(testPageContext('nl'), { values: { title: 'Drones <b>boven</b> zee', 'company.sizeClass': 'small' }, errors: { title: 'Te kort.', 'contact.email': 'Ongeldig.' } }).value;
    expect(page).toContain('<title>Fout: Belemmering melden — Permanent Beta</title>');
    expect(page).toContain('<a class="utrecht-link" href="#f-title">Titel: Te kort.</a>');
    expect(page).toContain('<a class="utrecht-link" href="#f-contact-email">E-mailadres: Ongeldig.</a>');
    expect(page).toContain('value="Drones &lt;b&gt;boven&lt;/b&gt; zee"');
    expect(page).not.toContain('<b>boven</b>');
    expect(page).toMatch(/id="f-company-sizeClass-small" name="company.sizeClass" value="small" checked/);
    expect(page).toContain('name="_csrf" value="csrf-token"');
  });

  it('speaks English when asked, and says a service is unavailable without losing the input', () => {
    const page = renderReportForm(testPageContext('en'), { values: { title: 'Kept' }, errors: {} }, 'timeout').value;
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('The platform did not answer in time.');
    expect(page).toContain('value="Kept"');
    expect(page).not.toContain('error-summary');
  });

  it('shows the reference after sending, and never a malformed one in the lost-link address', () => {
    expect(renderReportReceived(testPageContext(), 'LKT-2026-000123').value).toContain('href="/meldingen/link-kwijt?referentie=LKT-2026-000123"');
    const none = renderReportReceived(testPageContext(), undefined).value;
    expect(none).toContain('<strong id="reference">—</strong>');
    expect(none).toContain('id="lost-link" href="/meldingen/link-kwijt"');
    expect(renderTrackingLinkInvalid(testPageContext(), '"><script>').value).toContain('href="/meldingen/link-kwijt"');
  });

  it('shows the reporter their report: status in words, messages escaped, and no reply form once it is closed', () => {
    // The second message breaks the contract (the loket never sends a reporter an internal note): the page would not show it either.
    const internalNote = { from: 'official', body: 'intern', at: '2026-03-01T10:00:00Z', internal: true } as ReportView['messages'][number];
    const report: ReportView = { ...exampleReporterView(), reference: 'LKT-2026-000123', title: 'Titel', status: 'waiting_for_reporter', messages: [{ from: 'official', body: '<img src=x>', at: '2026-03-01T10:00:00Z' }, internalNote] };
    const open = renderTrackingPage(testPageContext(), report, 'tok"en', { values: {}, errors: {} }, true).value;
    expect(open).toContain('<span class="pb-status" id="report-status">Wacht op uw reactie</span>');
    expect(open).toContain('&lt;img src=x&gt;');
    expect(open).not.toContain('intern');
    expect(open).toContain('<input type="hidden" name="token" value="tok&quot;en">');
    expect(open).toContain('Uw bericht is verstuurd naar de behandelaar.');
    const closed = renderTrackingPage(testPageContext(), { ...report, status: 'resolved', outcome: { outcome: 'guidance', explanation: 'Zie de handreiking.' } }, 't', { values: {}, errors: {} }, false).value;
    expect(closed).not.toContain('action="/meldingen/LKT-2026-000123/berichten"');
    expect(closed).toContain('<strong id="report-outcome">Handreiking gegeven</strong>');
  });

  it('renders the lost-link form with its error summary and a general message', () => {
    const page = renderLostLinkForm(testPageContext(), { values: { reference: 'LKT-2026-000123', email: 'a@b' }, errors: { email: 'Ongeldig e-mailadres.' } }, undefined, 'Te veel aanvragen.').value;
    expect(page).toContain('<a class="utrecht-link" href="#f-email">E-mailadres: Ongeldig e-mailadres.</a>');
    expect(page).toContain('<p class="utrecht-paragraph">Te veel aanvragen.</p>');
    expect(page).toContain('value="LKT-2026-000123"');
  });

  it('asks the reporter of a resolved report whether the answer helped, with an error summary for a missing reason', () => {
    const resolved = { ...exampleReporterView(), reference: 'LKT-2026-000123', status: 'resolved' as const, outcome: { outcome: 'guidance' as const, explanation: 'Zie de handreiking.' }, satisfactionAsked: true };
    const page = renderTrackingPage(testPageContext(), resolved, 'tok', { values: {}, errors: {} }, false).value;
    expect(page).toContain('<h2 class="utrecht-heading-2" id="satisfaction-title" tabindex="-1">Heeft dit antwoord u geholpen?</h2>');
    expect(page).toContain('action="/meldingen/LKT-2026-000123/tevredenheid"');
    expect(page).toMatch(/id="f-helped" name="helped" value="yes"/);
    expect(page).toMatch(/id="f-helped-no" name="helped" value="no"/);
    expect(page).toContain('<label class="utrecht-form-label" for="f-reason">');
    const wrong = renderTrackingPage(testPageContext(), resolved, 'tok', { values: { helped: 'no' }, errors: { reason: 'Schrijf waarom het antwoord u niet helpt.' } }, false).value;
    expect(wrong).toContain('<a class="utrecht-link" href="#f-reason">Waarom helpt het antwoord u niet?: Schrijf waarom het antwoord u niet helpt.</a>');
    expect(wrong).toMatch(/value="no" checked/);
    const en = renderTrackingPage(testPageContext('en'), resolved, 'tok', { values: {}, errors: {} }, false).value;
    expect(en).toContain('Did this answer help you?');
  });

  it('says a reopened report is back with the official, and confirms a judgement without asking again', () => {
    const reopened = { ...exampleReporterView(), reference: 'LKT-2026-000123', status: 'reopened' as const, satisfactionAsked: false };
    const page = renderTrackingPage(testPageContext(), reopened, 'tok', { values: {}, errors: {} }, false, undefined, 'reopened').value;
    expect(page).toContain('<span class="pb-status" id="report-status">Heropend</span>');
    expect(page).toContain('Uw melding is heropend en ligt weer bij de behandelaar.');
    expect(page).not.toContain('/tevredenheid');
    expect(page).toContain('action="/meldingen/LKT-2026-000123/berichten"');
    const closed = renderTrackingPage(testPageContext('en'), { ...reopened, status: 'closed' as const }, 'tok', { values: {}, errors: {} }, false, undefined, 'closed').value;
    expect(closed).toContain('<span class="pb-status" id="report-status">Closed</span>');
    expect(closed).toContain('Thank you. Your report is closed.');
    expect(closed).not.toContain('/berichten"');
  });
});
