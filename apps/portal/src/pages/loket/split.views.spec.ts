import { exampleReporterView } from '../../clients/contract-examples';
import type { ReportView } from '../../clients/loket.types';
import { testPageContext } from '../../web/test-page-context';
import { reporterSplitSection } from './split.views';

const split: ReportView = {
  ...exampleReporterView(),
  status: 'split',
  parts: [
    { reference: 'LKT-2027-000100', status: 'resolved', department: 'EZ', answerBy: '2027-03-01', outcome: { outcome: 'guidance', explanation: 'Zie <i>de</i> handreiking.' }, messages: [] },
    {
      reference: 'LKT-2027-000101',
      status: 'waiting_for_reporter',
      department: 'IenW',
      answerBy: '2027-03-08',
      outcome: null,
      messages: [
        { at: '2027-02-01T10:00:00Z', from: 'official', body: 'Welke <b>drone</b>?' },
        { at: '2027-02-02T10:00:00Z', from: 'reporter', body: 'Een kleine.' },
      ],
    },
  ],
};

describe('the parts of a split report on the reporter’s page (issue 10 item 6)', () => {
  it('shows each part with its ministry, status, deadline and answer, in Dutch', () => {
    const page = reporterSplitSection(testPageContext('nl'), split).value;
    expect(page).toContain('<h2 class="utrecht-heading-2" id="parts-title">De delen van uw melding</h2>');
    expect(page).toContain('Uw melding gaat over meer dan één ministerie en is daarom gesplitst.');
    expect(page).toContain('<h3 class="utrecht-heading-3" id="part-LKT-2027-000100-title">Deel LKT-2027-000100 — Economische Zaken</h3>');
    expect(page).toContain('Deel LKT-2027-000101 — Infrastructuur en Waterstaat');
    expect(page).toContain('<dt class="utrecht-data-list__item-key">Status</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><span class="pb-status">Afgehandeld</span></dd>');
    // A status with a text of its own for the reporter reads as that.
    expect(page).toContain('<span class="pb-status">Wacht op uw reactie</span>');
    expect(page).toContain('Antwoord uiterlijk');
    expect(page).toContain('1 maart 2027');
    expect(page).toContain('<strong>Uitkomst: Handreiking gegeven</strong>');
    expect(page).toContain('Berichten van het ministerie');
    expect(page).toContain('<strong>Behandelaar</strong>');
    expect(page).toContain('<strong>U</strong>');
    expect(page).not.toContain('<form');
  });

  it('escapes what officials and the reporter wrote', () => {
    const page = reporterSplitSection(testPageContext('nl'), split).value;
    expect(page).toContain('Zie &lt;i&gt;de&lt;/i&gt; handreiking.');
    expect(page).toContain('Welke &lt;b&gt;drone&lt;/b&gt;?');
    expect(page).not.toContain('<b>drone</b>');
  });

  it('says the same in English', () => {
    const page = reporterSplitSection(testPageContext('en'), split).value;
    expect(page).toContain('The parts of your report</h2>');
    expect(page).toContain('Part LKT-2027-000100 — Economic Affairs');
    expect(page).toContain('<span class="pb-status">Resolved</span>');
    expect(page).toContain('<span class="pb-status">Waiting for your reply</span>');
    expect(page).toContain('Answer by');
    expect(page).toContain('1 March 2027');
    expect(page).toContain('Outcome: Guidance given');
    expect(page).toContain('<strong>Official</strong>');
    expect(page).toContain('<strong>You</strong>');
    expect(page).not.toContain('Deel ');
  });

  it('names the original of a part, and shows nothing for a report that is neither split nor a part', () => {
    const part: ReportView = { ...exampleReporterView(), reference: 'LKT-2027-000101', partOf: { reference: 'LKT-2027-000001', status: 'split' } as ReportView['partOf'] };
    expect(reporterSplitSection(testPageContext('nl'), part).value).toBe('<p class="utrecht-paragraph" id="part-of">Dit is een deel van uw melding LKT-2027-000001.</p>');
    expect(reporterSplitSection(testPageContext('en'), part).value).toContain('This is a part of your report LKT-2027-000001.');
    expect(reporterSplitSection(testPageContext('nl'), exampleReporterView()).value).toBe('');
  });
});
