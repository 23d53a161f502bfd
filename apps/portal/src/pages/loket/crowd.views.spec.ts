import type { SimilarEntry } from '../../clients/loket.types';
import { endorseRequestBody, reportStepOf, similarQueryOf } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderCheckStep, renderEndorsed, renderWithdrawForm, renderWithdrawInvalid, renderWithdrawn } from './crowd.views';

const entry = (over: Partial<SimilarEntry> = {}): SimilarEntry => ({
  reference: 'LKT-2026-000042',
  title: 'Klantidentificatie <op> afstand',
  regulation: { name: 'Wwft', article: '33', bwbId: 'BWBR0024282' },
  technology: 'other',
  sector: 'K',
  theme: '2.1.2',
  strategyVersion: '2018.0',
  outcome: 'guidance',
  explanation: 'Zie de handreiking.',
  resolvedAt: '2026-11-20T10:00:00.000Z',
  clusterSize: 3,
  matchedOn: ['regulation', 'text'],
  sharedTerms: 4,
  ...over,
});

const typed = {
  title: 'Videobellen "voor" identificatie',
  description: 'Wij willen klanten op afstand identificeren.',
  'regulation.name': 'Wwft',
  'company.name': 'Kluis B.V.',
  'contact.email': 'bram@example.nl',
  'consent.contact': 'true',
  impact: '',
};

describe('the check step of the report form', () => {
  it('maps what the form holds to the similar-entries query: empty fields left out, a malformed BWB id dropped, the description cut', () => {
    expect(similarQueryOf({ title: ' Drones ', description: '', 'regulation.name': 'Wwft', 'regulation.article': ' 33 ', 'regulation.bwbId': 'bwbr0024282' })).toEqual({
      title: 'Drones',
      regulationName: 'Wwft',
      article: '33',
      bwbId: 'BWBR0024282',
    });
    expect(similarQueryOf({ 'regulation.bwbId': 'BWB12' })).toEqual({});
    expect(similarQueryOf({ description: 'x'.repeat(5000) }).description).toHaveLength(2000);
  });

  it('reads the step from the button pressed; anything else is the check', () => {
    expect(reportStepOf({ stap: 'verzenden' })).toBe('send');
    expect(reportStepOf({ stap: 'wijzigen' })).toBe('edit');
    expect([reportStepOf({}), reportStepOf({ stap: ['verzenden'] }), reportStepOf(undefined)]).toEqual(['check', 'check', 'check']);
  });

  it('sends the form\'s company and contact with the endorsement\'s own consent', () => {
    expect(endorseRequestBody({ 'company.name': ' Kluis ', 'company.kvkNumber': '87654321', 'company.sizeClass': 'micro', 'contact.name': 'Bram', 'contact.email': ' b@x.nl ' }, true)).toEqual({
      company: { name: 'Kluis', kvkNumber: '87654321', sizeClass: 'micro' },
      contact: { name: 'Bram', email: 'b@x.nl' },
      consent: { contact: true },
    });
  });

  it('shows each similar entry with why it was found, how many companies reported it, and a "mine too" form that carries the typed values', () => {
    const page = renderCheckStep(testPageContext('nl'), typed, [entry(), entry({ reference: 'LKT-2026-000043', clusterSize: 1, matchedOn: ['text'] })]).value;
    expect(page).toContain('<title>Is uw belemmering al bekend? — Permanent Beta</title>');
    expect(page).toContain('Deze 2 afgehandelde belemmeringen');
    expect(page).toContain('<a class="utrecht-link" href="/register/LKT-2026-000042">Klantidentificatie &lt;op&gt; afstand</a>');
    expect(page).toContain('3 bedrijven');
    expect(page).toContain('1 bedrijf<');
    expect(page).toContain('dezelfde regeling (en hetzelfde artikel); uw beschrijving lijkt erop');
    expect(page.match(/action="\/meldingen\/nieuw\/ook-mijn-barriere"/g)).toHaveLength(2);
    expect(page).toContain('<input type="hidden" name="referentie" value="LKT-2026-000043">');
    // Every form keeps what was typed (escaped), empty fields left out, and has its own label target and idempotency key.
    expect(page.match(/name="title" value="Videobellen &quot;voor&quot; identificatie"/g)).toHaveLength(3);
    expect(page).not.toContain('name="impact"');
    expect(page).toContain('<label class="utrecht-form-label utrecht-form-label--checkbox" for="f-endorse-consent-1">');
    const keys = [...page.matchAll(/name="_idempotency_key" value="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(3);
    expect(page).toContain('name="stap" value="verzenden">Mijn eigen melding versturen</button>');
    expect(page).toContain('name="stap" value="wijzigen">Terug naar het formulier</button>');
    expect(page).not.toContain('error-summary');
  });

  it('puts a missing consent on that entry\'s checkbox, linked from the error summary, in English too', () => {
    const page = renderCheckStep(testPageContext('en'), typed, [entry(), entry({ reference: 'LKT-2026-000043' })], { entryError: { reference: 'LKT-2026-000043', message: 'Agree first.' } }).value;
    expect(page).toContain('<title>Error: Is your barrier already known? — Permanent Beta</title>');
    expect(page).toContain('<a class="utrecht-link" href="#f-endorse-consent-1">Consent: Agree first.</a>');
    expect(page).toMatch(/id="f-endorse-consent-1" name="endorse.consent" value="true" aria-invalid="true" aria-describedby="f-endorse-consent-1-error"/);
    expect(page).not.toMatch(/id="f-endorse-consent-0"[^>]*aria-invalid/);
    expect(page).toContain('These 2 resolved barriers in the register');
  });

  it('after "mine too": says they count, that the outcome comes by mail, and offers their own report with the typed values', () => {
    const page = renderEndorsed(testPageContext('nl'), 'LKT-2026-000042', typed).value;
    expect(page).toContain('Uw bedrijf telt nu mee bij belemmering LKT-2026-000042.');
    expect(page).toContain('href="/register/LKT-2026-000042"');
    expect(page).toContain('name="stap" value="verzenden">Ook mijn eigen melding versturen</button>');
    expect(page).toContain('name="contact.email" value="bram@example.nl"');
  });

  it('asks for a button press before withdrawing, and says so when a link no longer works', () => {
    const form = renderWithdrawForm(testPageContext('nl'), 'tok"en').value;
    expect(form).toContain('<form method="post" action="/meldingen/steun-intrekken"');
    expect(form).toContain('name="token" value="tok&quot;en"');
    expect(renderWithdrawn(testPageContext('en'), 'LKT-2026-000042').value).toContain('You no longer count for LKT-2026-000042');
    expect(renderWithdrawInvalid(testPageContext('nl')).value).toContain('Deze link werkt niet (meer)');
  });
});
