import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_TEXT } from '../../../../test/fixtures/attachments/generate';
import type { AttachmentSettings } from '../../application/support/attachment.settings';
import { WorkerAttachmentTextExtractor } from './attachment-text.extractor';
import { BytesContentSniffer } from './content-sniffer';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/attachments', name));
const settings: AttachmentSettings = { limits: { maxBytes: 10 * 1024 * 1024, maxFiles: 3 }, extractionTimeoutMs: 20_000, extractionMemoryMb: 256, maxTextChars: 100_000, extractionPollMs: 0 };

describe('BytesContentSniffer (real files)', () => {
  const sniffer = new BytesContentSniffer();

  it.each([
    ['positiepapier.pdf', 'pdf'],
    ['versleuteld.pdf', 'pdf'],
    ['reactie.odt', 'odt'],
    ['zienswijze.docx', 'docx'],
  ])('%s is a %s by its bytes', async (file, kind) => {
    expect(await sniffer.sniff(fixture(file))).toBe(kind);
  });

  it('knows a document by its bytes whatever its name: a DOCX named .pdf is still a DOCX', async () => {
    // The name never reaches the sniffer: only bytes do.
    expect(await sniffer.sniff(fixture('zienswijze.docx'))).toBe('docx');
  });

  it.each([
    ['programma.pdf', 'a Windows program renamed .pdf'],
    ['notities.docx', 'a text file renamed .docx'],
    ['archief.odt', 'a ZIP that is neither ODT nor DOCX'],
  ])('refuses %s (%s)', async (file) => {
    expect(await sniffer.sniff(fixture(file))).toBeNull();
  });

  it('refuses an ODT whose mimetype entry names another ODF type (a spreadsheet)', async () => {
    const odt = Buffer.from(fixture('reactie.odt'));
    const at = odt.indexOf('application/vnd.oasis.opendocument.text');
    odt.write('application/vnd.oasis.opendocument.xext', at, 'latin1');
    // Same length, another type: not an ODF text, and the ZIP holds no [Content_Types].xml either.
    expect(await sniffer.sniff(odt)).toBeNull();
  });

  it('stops inflating [Content_Types].xml past 256 kB (a ZIP bomb is not read whole) and refuses it', async () => {
    const zip = new JSZip();
    const padding = `<!--${' '.repeat(300 * 1024)}-->`;
    zip.file('[Content_Types].xml', `<?xml version="1.0"?>${padding}<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(10 * 1024);
    expect(await sniffer.sniff(bytes)).toBeNull();
  });

  it('refuses empty and tiny inputs', async () => {
    expect(await sniffer.sniff(Buffer.alloc(0))).toBeNull();
    expect(await sniffer.sniff(Buffer.from('PK\u0003\u0004'))).toBeNull();
  });
});

describe('WorkerAttachmentTextExtractor (real files, in a worker thread)', () => {
  const extractor = new WorkerAttachmentTextExtractor(settings);

  it('reads the text of a PDF', async () => {
    const outcome = await extractor.extract('pdf', fixture('positiepapier.pdf'));
    expect(outcome.status).toBe('extracted');
    expect(outcome.status === 'extracted' && outcome.text.replace(/\s+/g, ' ')).toContain('gegevensdeling via open standaarden');
  });

  it('reads the text of an ODT, paragraph by paragraph', async () => {
    const outcome = await extractor.extract('odt', fixture('reactie.odt'));
    expect(outcome).toEqual({ status: 'extracted', text: `Positiepapier\n${FIXTURE_TEXT.odt.split('. ')[0]}.\n${FIXTURE_TEXT.odt.split('. ')[1]}` });
  });

  it('reads the text of a DOCX', async () => {
    const outcome = await extractor.extract('docx', fixture('zienswijze.docx'));
    expect(outcome.status).toBe('extracted');
    expect(outcome.status === 'extracted' && outcome.text).toContain('Artikel 5 AVG vraagt om dataminimalisatie');
  });

  it('says a password-protected PDF is encrypted', async () => {
    expect(await extractor.extract('pdf', fixture('versleuteld.pdf'))).toEqual({ status: 'encrypted' });
  });

  it('says a broken PDF is unreadable (and does not throw)', async () => {
    expect(await extractor.extract('pdf', fixture('kapot.pdf'))).toEqual({ status: 'unreadable', reason: expect.any(String) });
  });

  it('says a ZIP without the document inside is unreadable', async () => {
    expect(await extractor.extract('docx', fixture('archief.odt'))).toEqual({ status: 'unreadable', reason: expect.any(String) });
    expect(await extractor.extract('odt', fixture('archief.odt'))).toEqual({ status: 'unreadable', reason: expect.any(String) });
  });

  it('ends an extraction that takes longer than the timeout', async () => {
    const impatient = new WorkerAttachmentTextExtractor({ ...settings, extractionTimeoutMs: 1 });
    expect(await impatient.extract('pdf', fixture('positiepapier.pdf'))).toEqual({ status: 'unreadable', reason: 'timeout' });
  });
});
