import { exampleProposal } from '../../clients/contract-examples';
import type { PublicAttachment } from '../../clients/attachments.types';
import type { ProposalView, PublicResponse } from '../../clients/consultations.types';
import { readingRoomAttachments } from '../../web/attachment-links';
import { testPageContext } from '../../web/test-page-context';
import { responseWithFiles } from './attachments.views';
import { renderProposal } from './consultations.views';

const proposal: ProposalView = { ...exampleProposal(), id: '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11', status: 'open', title: 'Voorstel', questions: [] };
const response: PublicResponse = { id: 'r1', body: 'Zie bijlage', answers: [], onBehalfOf: 'Vereniging', publishedAt: '2026-03-02T08:00:00Z', supportCount: 0, passage: null, replies: [] };
const pdf: PublicAttachment = { id: 'a1b2c3d4-0000-4000-8000-000000000001', responseId: 'r1', fileName: 'positie<papier>.pdf', contentType: 'application/pdf', sizeBytes: 1_500_000, textStatus: 'extracted' };
const form = { values: { public: 'true', onBehalf: 'organisation' }, errors: {} };

describe('position papers on the proposal page', () => {
  it('makes the response form multipart with a labelled file field for PDF, ODT and DOCX', () => {
    const page = renderProposal(testPageContext('nl'), proposal, { items: [], next: null }, form).value;
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toMatch(/<label class="utrecht-form-label" for="f-bijlagen">Bijlagen <span class="pb-optional">/);
    expect(page).toContain('type="file" accept=".pdf,.odt,.docx,');
    expect(page).toContain(' multiple aria-describedby="f-bijlagen-hint"');
  });

  it('shows the file field’s error in the summary and at the field', () => {
    const page = renderProposal(testPageContext('en'), proposal, { items: [], next: null }, { values: {}, errors: { bijlagen: 'too large' } }).value;
    expect(page).toContain('<a class="utrecht-link" href="#f-bijlagen">Attachments: too large</a>');
    expect(page).toContain('aria-invalid="true" aria-describedby="f-bijlagen-hint f-bijlagen-error"');
  });

  it('lists a public response’s documents as download links with type and size, escaped', () => {
    const nl = renderProposal(testPageContext('nl'), proposal, { items: [response], next: null }, form, undefined, undefined, [], { counts: null }, [], [pdf]).value;
    expect(nl).toContain(`<a class="utrecht-link" href="/consultaties/bijlagen/${pdf.id}">positie&lt;papier&gt;.pdf</a> (PDF, 1,4 MB)`);
    const en = renderProposal(testPageContext('en'), proposal, { items: [response], next: null }, form, undefined, undefined, [], { counts: null }, [], [pdf]).value;
    expect(en).toContain('(PDF, 1.4 MB)');
    expect(en).toContain('<strong>Attachment</strong>');
    // Documents of other responses are not shown under this one.
    const other = renderProposal(testPageContext('nl'), proposal, { items: [response], next: null }, form, undefined, undefined, [], { counts: null }, [], [{ ...pdf, responseId: 'r2' }]).value;
    expect(other).not.toContain('/consultaties/bijlagen/');
  });

  it('tells the coordinator whether a document’s text is searchable', () => {
    const html = readingRoomAttachments(testPageContext('nl'), [{ id: pdf.id, fileName: 'p.pdf', kind: 'pdf', sizeBytes: 2048, textStatus: 'encrypted' }]).value;
    expect(html).toContain('(PDF, 2 kB; beveiligd met een wachtwoord, tekst niet doorzoekbaar)');
  });

  it('passes the response as the JSON `response` part and each file as an `attachments` part', async () => {
    const body = responseWithFiles({ body: 'x' }, [{ fileName: 'nota.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.7') }]);
    expect(body.get('response')).toBe('{"body":"x"}');
    const file = body.get('attachments') as File;
    expect(file.name).toBe('nota.pdf');
    expect(file.type).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.7');
  });
});
