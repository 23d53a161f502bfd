import { readFileSync } from 'node:fs';
import { WorkerAttachmentTextExtractor } from '../apps/comments/src/responses/infrastructure/attachments/attachment-text.extractor';
async function main() {
  const x = new WorkerAttachmentTextExtractor({ limits: { maxBytes: 1e7, maxFiles: 3 }, extractionTimeoutMs: 20000, extractionMemoryMb: 256, maxTextChars: 100000, extractionPollMs: 0 });
  const t = Date.now();
  console.log(await x.extract('pdf', readFileSync('apps/comments/test/fixtures/attachments/positiepapier.pdf')), Date.now() - t);
}
void main();
