import { Injectable } from '@nestjs/common';
import JSZip from 'jszip';
import { ContentSniffer } from '../../application/ports/content-sniffer';
import type { AttachmentKind } from '../../domain/attachment-rules';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ODT_TYPE = 'application/vnd.oasis.opendocument.text';
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
/** More than any real `[Content_Types].xml`; reading stops there (a ZIP bomb inflates no further). */
const CONTENT_TYPES_MAX = 256 * 1024;

/**
 * The bytes decide (see ContentSniffer):
 * - PDF: `%PDF-` within the first 1024 bytes (ISO 32000 lets readers accept junk before it; the
 *   extractor then decides whether it really reads).
 * - ODT: a ZIP whose first local entry is named `mimetype`, stored uncompressed, holding exactly
 *   `application/vnd.oasis.opendocument.text` (ODF 1.2 part 3, §3.3: at byte 30 the name, at 38 the type).
 * - DOCX: a ZIP with `[Content_Types].xml` that declares `/word/document.xml` (or any part) as a
 *   WordprocessingML main document (ECMA-376 part 2). Read through JSZip's central directory,
 *   inflating at most 256 kB of that one entry.
 */
@Injectable()
export class BytesContentSniffer extends ContentSniffer {
  async sniff(bytes: Buffer): Promise<AttachmentKind | null> {
    if (bytes.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf';
    if (bytes.length < 30 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) return null;
    if (isOdt(bytes)) return 'odt';
    return (await isDocx(bytes)) ? 'docx' : null;
  }
}

function isOdt(bytes: Buffer): boolean {
  const method = bytes.readUInt16LE(8);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (method !== 0 || nameLength !== 8 || bytes.toString('latin1', 30, 38) !== 'mimetype') return false;
  const start = 30 + nameLength + extraLength;
  return bytes.toString('latin1', start, start + ODT_TYPE.length) === ODT_TYPE && bytes.readUInt32LE(18) === ODT_TYPE.length;
}

async function isDocx(bytes: Buffer): Promise<boolean> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return false;
  }
  const entry = zip.file('[Content_Types].xml');
  if (!entry) return false;
  const xml = await readCapped(entry, CONTENT_TYPES_MAX);
  return xml !== null && xml.includes(DOCX_MAIN);
}

/** An entry's text, or null when it inflates beyond `max` bytes or is broken. */
function readCapped(entry: JSZip.JSZipObject, max: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          // Stop inflating: nothing of it is needed past this point.
          stream.pause();
          stream.removeAllListeners('data');
          resolve(null);
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => resolve(null))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
