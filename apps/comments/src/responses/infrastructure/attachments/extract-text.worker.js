'use strict';
/**
 * Extracts the text of one attachment, in a worker thread of its own (attachment-text.extractor.ts
 * starts it with a time and memory limit and ends it when either is reached): a hostile or broken
 * document can cost this thread, never the service.
 *
 * Plain CommonJS JavaScript on purpose: pdf.js (pdfjs-dist) is published as ES modules only, and a
 * real `import()` is needed to load it — TypeScript compiled to CommonJS turns `import()` into
 * `require()`, and Jest's module system cannot load ES modules without a Node flag; a worker thread
 * runs on Node's own loader in both cases. The build copies this file beside the compiled code.
 *
 * In:  workerData = { kind: 'pdf' | 'odt' | 'docx', bytes: Uint8Array, maxChars: number }
 * Out: one message { status: 'extracted', text } | { status: 'encrypted' } | { status: 'unreadable', reason }
 */
const { parentPort, workerData } = require('node:worker_threads');

/** PDF: pdf.js (Mozilla), legacy build for Node; page by page, text items joined per line. */
async function pdfText(bytes, maxChars) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const doc = await task.promise;
  const pages = [];
  let length = 0;
  try {
    for (let n = 1; n <= doc.numPages && length < maxChars; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n\n');
}

/** DOCX: mammoth's raw text (paragraphs separated by blank lines). */
async function docxText(bytes) {
  const mammoth = require('mammoth');
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

/** ODT: content.xml read from the package (JSZip), parsed (xmldom), its text nodes in document order. */
async function odtText(bytes) {
  const JSZip = require('jszip');
  const { DOMParser } = require('@xmldom/xmldom');
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('content.xml');
  if (!entry) throw new Error('no content.xml');
  const xml = await entry.async('string');
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
  const out = [];
  // Text counts inside paragraphs and headings only: whitespace between elements is layout (ODF 1.2 §6.1.2).
  const walk = (node, inParagraph) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        if (inParagraph) out.push(child.nodeValue);
      } else if (child.nodeType === 1) {
        const own = child.namespaceURI === TEXT_NS ? child.localName : '';
        const paragraph = own === 'p' || own === 'h';
        if (own === 's') out.push(' '.repeat(Number(child.getAttribute('text:c')) || 1));
        else if (own === 'tab') out.push('\t');
        else if (own === 'line-break') out.push('\n');
        else walk(child, inParagraph || paragraph);
        if (paragraph) out.push('\n');
      }
    }
  };
  walk(doc.documentElement, false);
  return out.join('');
}

async function main() {
  const { kind, bytes, maxChars } = workerData;
  try {
    const raw = kind === 'pdf' ? await pdfText(bytes, maxChars) : kind === 'docx' ? await docxText(bytes) : await odtText(bytes);
    // Runs of spaces and blank lines say nothing a search or a reader needs.
    const text = raw.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n[\s]*\n\s*/g, '\n\n').trim().slice(0, maxChars);
    parentPort.postMessage({ status: 'extracted', text });
  } catch (err) {
    const name = (err && err.name) || 'Error';
    if (name === 'PasswordException') parentPort.postMessage({ status: 'encrypted' });
    else parentPort.postMessage({ status: 'unreadable', reason: String(name).slice(0, 100) });
  }
}

void main();
