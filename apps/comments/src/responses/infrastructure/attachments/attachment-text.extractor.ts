import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AttachmentTextExtractor } from '../../application/ports/attachment-text.extractor';
import type { ExtractionOutcome } from '../../application/ports/attachment.store';
import { AttachmentSettings } from '../../application/support/attachment.settings';
import type { AttachmentKind } from '../../domain/attachment-rules';

/** Plain JavaScript beside this file (see its header): the build copies it into dist/. */
const WORKER = join(__dirname, 'extract-text.worker.js');

/**
 * Reads a document's text in a worker thread (pdf.js for PDF, mammoth for DOCX, JSZip + xmldom for
 * ODT) with a heap limit, ended after the timeout: a document that is broken, encrypted, a bomb or
 * simply huge costs that thread, never the service. Every way it can end becomes an outcome.
 */
@Injectable()
export class WorkerAttachmentTextExtractor extends AttachmentTextExtractor {
  constructor(private readonly settings: AttachmentSettings) {
    super();
  }

  extract(kind: AttachmentKind, bytes: Buffer): Promise<ExtractionOutcome> {
    return new Promise((resolve) => {
      let settled = false;
      const done = (outcome: ExtractionOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(outcome);
      };
      // A copy the worker owns: the caller's buffer may be a view on a pooled allocation.
      const copy = new Uint8Array(bytes);
      const worker = new Worker(WORKER, {
        workerData: { kind, bytes: copy, maxChars: this.settings.maxTextChars },
        // Plain Node: no loader hooks of the parent (a TypeScript register) in the thread.
        execArgv: [],
        transferList: [copy.buffer],
        resourceLimits: { maxOldGenerationSizeMb: this.settings.extractionMemoryMb, maxYoungGenerationSizeMb: 32 },
        stdout: true,
        stderr: true,
      });
      // pdf.js warns about fonts and the like on the console: not ours to log (and never the text).
      worker.stdout.resume();
      worker.stderr.resume();
      const timer = setTimeout(() => done({ status: 'unreadable', reason: 'timeout' }), this.settings.extractionTimeoutMs);
      worker.once('message', (m: ExtractionOutcome) => done(m));
      worker.once('error', (err) => done({ status: 'unreadable', reason: (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed' }));
      worker.once('exit', () => done({ status: 'unreadable', reason: 'exited' }));
    });
  }
}
