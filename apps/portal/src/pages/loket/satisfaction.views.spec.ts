import { exampleReporterView } from '../../clients/contract-examples';
import type { ReportView } from '../../clients/loket.types';
import { testPageContext } from '../../web/test-page-context';
import { renderSatisfaction, satisfactionFieldLabels } from './satisfaction.views';

const resolved: ReportView = { ...exampleReporterView(), reference: 'LKT-2026-000042', status: 'resolved', satisfactionAsked: true };
const empty = { values: {}, errors: {} };

describe('the reporter’s “did this answer help you?” (issue 10 item 5)', () => {
  it('asks on a resolved report with a plain form: yes or no, a reason, the private link’s token — in Dutch and in English', () => {
    const nl = renderSatisfaction(testPageContext('nl'), resolved, 'tok-1', empty).value;
    expect(nl).toContain('<h2 class="utrecht-heading-2" id="satisfaction-title" tabindex="-1">Heeft dit antwoord u geholpen?</h2>');
    expect(nl).toContain('<form method="post" action="/meldingen/LKT-2026-000042/tevredenheid" novalidate>');
    expect(nl).toContain('name="_csrf" value="csrf-token"');
    expect(nl).toContain('<input type="hidden" name="token" value="tok-1">');
    expect(nl).toContain('Heeft het antwoord u geholpen?</legend>');
    expect(nl).toContain('name="helped" value="yes"');
    expect(nl).toContain('name="helped" value="no"');
    expect(nl).toContain('Ja, ik ben geholpen');
    expect(nl).toContain('Nee, het helpt mij niet');
    expect(nl).toContain('<textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="f-reason" name="reason" rows="4"');
    expect(nl).toContain('Waarom helpt het antwoord u niet?');
    expect(nl).toContain('Versturen');
    expect(nl).not.toContain('checked');
    const en = renderSatisfaction(testPageContext('en'), resolved, 'tok-1', empty).value;
    expect(en).toContain('Did this answer help you?</h2>');
    expect(en).toContain('Yes, it helped');
    expect(en).toContain('Why does the answer not help you?');
    expect(en).toContain('>Send<');
    expect(en).not.toContain('Versturen');
  });

  it('keeps what was chosen and typed, escaped, with the error on the choice', () => {
    const form = { values: { helped: 'no', reason: 'Te <b>vaag</b> & "kort"' }, errors: { helped: 'Kies ‘ja’ of ‘nee’.' } };
    const page = renderSatisfaction(testPageContext('nl'), resolved, 'a"b<c', form).value;
    expect(page).toContain('name="helped" value="no" checked');
    expect(page).not.toContain('value="yes" checked');
    expect(page).toContain('Te &lt;b&gt;vaag&lt;/b&gt; &amp; &quot;kort&quot;</textarea>');
    expect(page).not.toContain('<b>vaag</b>');
    expect(page).toContain('name="token" value="a&quot;b&lt;c"');
    expect(page).toContain('utrecht-form-fieldset--invalid" aria-describedby="f-helped-error"');
    expect(page).toContain('<div class="utrecht-form-field-error-message" id="f-helped-error"><span class="pb-visually-hidden">Fout: </span>Kies ‘ja’ of ‘nee’.</div>');
  });

  it('thanks the reporter after judging, and says a reopened report is back with its handler — without asking again', () => {
    const closed = renderSatisfaction(testPageContext('nl'), { ...resolved, satisfactionAsked: false, status: 'closed' }, 'tok', empty, 'closed').value;
    expect(closed).toContain('<p class="utrecht-paragraph" id="judged">Dank u. Uw melding is gesloten.</p>');
    expect(closed).not.toContain('<form');
    const reopened = renderSatisfaction(testPageContext('en'), { ...resolved, satisfactionAsked: false, status: 'reopened' }, 'tok', empty, 'reopened').value;
    expect(reopened).toContain('Your report has been reopened and is back with the official.');
    expect(reopened).toContain('<p class="utrecht-paragraph" id="reopened-notice">You reopened this report.');
    expect(reopened).not.toContain('<form');
    expect(renderSatisfaction(testPageContext('nl'), { ...resolved, satisfactionAsked: false }, 'tok', empty).value).toBe('');
  });

  it('names the fields in the error summary as the form labels them', () => {
    expect(satisfactionFieldLabels(testPageContext('nl'))).toEqual({ helped: 'Heeft het antwoord u geholpen?', reason: 'Waarom helpt het antwoord u niet?' });
    expect(satisfactionFieldLabels(testPageContext('en'))).toEqual({ helped: 'Did the answer help you?', reason: 'Why does the answer not help you?' });
  });
});
