import { checkCount, checkSize, megabytes, requireKind, safeFileName } from './attachment-rules';
import { AttachmentTooLargeError, TooManyAttachmentsError, UnsupportedAttachmentError } from './attachment.errors';

const limits = { maxBytes: 1024, maxFiles: 2 };

describe('attachment rules', () => {
  it('refuses more files than a response may carry, and a file over the size (413)', () => {
    expect(() => checkCount(2, limits)).not.toThrow();
    expect(() => checkCount(3, limits)).toThrow(TooManyAttachmentsError);
    expect(() => checkSize({ fileName: 'a.pdf', bytes: Buffer.alloc(1024) }, limits)).not.toThrow();
    const err = (() => {
      try {
        checkSize({ fileName: 'a.pdf', bytes: Buffer.alloc(1025) }, limits);
      } catch (e) {
        return e as AttachmentTooLargeError;
      }
    })();
    expect(err).toBeInstanceOf(AttachmentTooLargeError);
    expect({ kind: err!.kind, params: err!.params }).toEqual({ kind: 'too-large', params: { max: 0 } });
    expect(megabytes(10 * 1024 * 1024)).toBe(10);
  });

  it('refuses a file whose bytes are no accepted kind (415), naming it', () => {
    expect(requireKind({ fileName: 'x.pdf', bytes: Buffer.alloc(1) }, 'pdf')).toBe('pdf');
    expect(() => requireKind({ fileName: 'x.pdf', bytes: Buffer.alloc(1) }, null)).toThrow(UnsupportedAttachmentError);
  });

  it('offers a download under the sender’s name without path or quotes, with its kind’s extension', () => {
    expect(safeFileName('C:\\Users\\bea\\nota.pdf', 'pdf')).toBe('nota.pdf');
    expect(safeFileName('../../etc/"passwd"', 'docx')).toBe('passwd.docx');
    expect(safeFileName('nota.txt', 'pdf')).toBe('nota.txt.pdf');
    expect(safeFileName('Position paper.ODT', 'odt')).toBe('Position paper.ODT');
    expect(safeFileName('', 'odt')).toBe('bijlage.odt');
  });
});
