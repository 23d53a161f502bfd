import type { PublicAttachment, ReadingRoomAttachment } from '../clients/attachments.types';
import { html, SafeHtml } from './html';
import type { PageContext } from './page-context';

/** Documents of responses (position papers) as download links: on the public proposal page and in the coordinator's reading room. */

const KIND_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** "12 kB", "1,4 MB" in the reader's language. */
export function fileSize(ctx: PageContext, bytes: number): string {
  const locale = ctx.lang === 'en' ? 'en-GB' : 'nl-NL';
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`
    : `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** A public response's documents, each a download link with its type and size. */
export function attachmentLinks(ctx: PageContext, items: readonly PublicAttachment[] | undefined): SafeHtml {
  if (!items?.length) return html``;
  return html`<div class="pb-attachments"><p class="utrecht-paragraph"><strong>${ctx.msg('attachments:portal.attachments', { count: items.length })}</strong></p>
<ul class="utrecht-unordered-list">${items.map(
    (a) =>
      html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/consultaties/bijlagen/${a.id}">${a.fileName}</a> (${ctx.msg('attachments:portal.download', { kind: KIND_LABELS[a.contentType] ?? a.contentType, size: fileSize(ctx, a.sizeBytes) })})</li>`,
  )}</ul></div>`;
}

/** A response's documents in the coordinator's reading room: download links (the coordinator's token goes along) and whether the text is searchable. */
export function readingRoomAttachments(ctx: PageContext, items: readonly ReadingRoomAttachment[]): SafeHtml {
  if (!items.length) return html``;
  return html`<div class="pb-attachments"><p class="utrecht-paragraph"><strong>${ctx.msg('attachments:portal.attachments', { count: items.length })}</strong></p>
<ul class="utrecht-unordered-list">${items.map(
    (a) =>
      html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/consultaties/bijlagen/${a.id}">${a.fileName}</a> (${ctx.msg('attachments:portal.download', { kind: a.kind.toUpperCase(), size: fileSize(ctx, a.sizeBytes) })}; ${ctx.msg(`attachments:portal.textStatus.${a.textStatus}`)})</li>`,
  )}</ul></div>`;
}
