import { exampleProposal } from '../../clients/contract-examples';
import type { ProposalView, PublicResponse } from '../../clients/consultations.types';
import { responseFormErrors, responseRequestBody } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderProposal } from './consultations.views';

const proposal: ProposalView = {
  ...exampleProposal(),
  id: '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11',
  status: 'open',
  title: 'Werkplaatsen',
  summary: 'Samenvatting',
  theme: '1.3',
  opensAt: '2026-03-01T08:00:00Z',
  closesAt: '2026-04-01T08:00:00Z',
  textVersion: 2,
  bodyHtml: '<p>Een</p><p>Twee</p>',
  paragraphs: [
    { anchor: 'a1', since: 1, html: '<p>Eerste alinea &amp; meer.</p>\n' },
    { anchor: 'a2', since: 2, html: '<p>Tweede, <em>gewijzigd</em>.</p>\n' },
  ],
};
const onA2: PublicResponse = {
  id: 'r1',
  body: 'Te veel',
  answers: [],
  onBehalfOf: null,
  publishedAt: '2026-03-02T08:00:00Z',
  supportCount: 0,
  passage: { anchor: 'a2', quote: 'twaalf <werkplaatsen>', textVersion: 1, earlierText: true, removed: false },
  replies: [],
};
const form = { values: { public: 'true', onBehalf: 'individual', passage: 'a2' }, errors: {} };
const counts = [
  { anchor: 'a1', since: 1, count: 0, onEarlierText: 0 },
  { anchor: 'a2', since: 2, count: 3, onEarlierText: 1 },
];

describe('the proposal page by paragraph', () => {
  it('shows per paragraph its count, a link to exactly those responses, and how many answered an earlier version', () => {
    const page = renderProposal(testPageContext('nl'), proposal, { items: [], next: null }, form, undefined, undefined, [], { counts }).value;
    expect(page).toContain('id="alinea-a1"');
    expect(page).toContain('0 reacties op deze alinea');
    expect(page).toContain(`<a class="utrecht-link" href="/consultaties/${proposal.id}?alinea=a2#reacties">3 reacties op deze alinea</a> · waarvan 1 over een eerdere versie`);
    expect(page).toContain(`href="/consultaties/${proposal.id}?over=a1#reageren">Reageer op alinea 1</a>`);
    expect(page).toContain('De tekst van dit voorstel is gecorrigeerd; dit is versie 2.');
    // The chooser offers each paragraph by its opening words (as text), with a2 chosen.
    expect(page).toContain('<option value="a1">Alinea 1: Eerste alinea &amp; meer.</option>');
    expect(page).toContain('<option value="a2" selected>Alinea 2: Tweede, gewijzigd.</option>');
  });

  it('filters on a paragraph and says a response refers to an earlier version of it, in English too', () => {
    const nl = renderProposal(testPageContext('nl'), proposal, { items: [onA2], next: null }, form, undefined, undefined, [], { counts, filter: 'a2' }).value;
    expect(nl).toContain('Reacties op alinea 2');
    expect(nl).toContain('<a class="utrecht-link" href="#alinea-a2">Over alinea 2</a>: <q>twaalf &lt;werkplaatsen&gt;</q>');
    expect(nl).toContain('Deze reactie gaat over een eerdere versie van deze alinea (tekstversie 1)');
    const en = renderProposal(testPageContext('en'), proposal, { items: [], next: null }, form, undefined, undefined, [], { counts, filter: 'a2' }).value;
    expect(en).toContain('Responses to paragraph 2');
    expect(en).toContain('No public responses to this paragraph yet.');
  });

  it('says a withdrawn proposal is withdrawn and why, and offers no form', () => {
    const withdrawn = { ...proposal, status: 'withdrawn' as const, withdrawal: { reason: 'policy-changed' as const, explanation: 'Een <andere> aanpak.', at: '2026-03-05T08:00:00Z' } };
    const page = renderProposal(testPageContext('nl'), withdrawn, { items: [], next: null }, form, undefined, undefined, [], { counts }).value;
    expect(page).toContain('Dit voorstel is ingetrokken');
    expect(page).toContain('Het beleid is veranderd.');
    expect(page).toContain('Een &lt;andere&gt; aanpak.');
    expect(page).toContain('>Ingetrokken</span>');
    expect(page).not.toContain('action="/consultaties/');
    expect(page).not.toContain('Reageer op alinea');
  });

  it('sends the chosen paragraph and quote (not for a reply), and puts their errors on their fields', () => {
    const values = { body: 'x', passage: 'a2', quote: '  twaalf ', public: 'true' };
    expect(responseRequestBody(values)).toMatchObject({ passage: { anchor: 'a2', quote: 'twaalf' } });
    expect(responseRequestBody({ ...values, quote: ' ' })).toMatchObject({ passage: { anchor: 'a2', quote: null } });
    expect(responseRequestBody({ ...values, parentId: '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11' })).not.toHaveProperty('passage');
    const problem = { type: 'about:blank', title: 'Bad', status: 400, detail: 'x', errors: [{ field: 'passage.anchor', message: 'Ongeldig.' }, { field: 'passage.quote', message: 'Te lang.' }] };
    expect(responseFormErrors(problem, values)).toEqual({ passage: 'Ongeldig.', quote: 'Te lang.' });
  });
});
