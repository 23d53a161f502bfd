import type { PublicAttachment } from '../../clients/attachments.types';
import { fileField, FormState } from '../../web/components';
import type { SafeHtml } from '../../web/html';
import { PostedFile, RESPONSE_FILES_FIELD } from '../../web/multipart';
import type { PageContext } from '../../web/page-context';

export { RESPONSE_FILES_FIELD };

const ACCEPT = '.pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The problem codes of the comments service that are about the files: shown at the file field. */
export const ATTACHMENT_PROBLEMS = ['COMMENTS.ATTACHMENT_TOO_LARGE', 'COMMENTS.TOO_MANY_ATTACHMENTS', 'COMMENTS.ATTACHMENT_TYPE_NOT_ALLOWED'];

/** Position papers: a response may carry documents. Works without JavaScript (the form is multipart). */
export function attachmentField(ctx: PageContext, form: FormState): SafeHtml {
  return fileField(ctx, form, {
    name: RESPONSE_FILES_FIELD,
    label: ctx.msg('attachments:portal.label'),
    hint: ctx.msg('attachments:portal.hint'),
    optional: true,
    accept: ACCEPT,
    multiple: true,
  });
}




/** The public documents per response, for the response blocks. */
export function attachmentsByResponse(items: readonly PublicAttachment[]): Map<string, PublicAttachment[]> {
  const map = new Map<string, PublicAttachment[]>();
  for (const a of items) map.set(a.responseId, [...(map.get(a.responseId) ?? []), a]);
  return map;
}

/**
 * The multipart body for the comments service: the response as JSON in the `response` part, then
 * each file as an `attachments` part with the name and type it came with (the service decides the
 * type from the bytes). Built in memory: the files are bounded by the portal's cap.
 */
export function responseWithFiles(response: Record<string, unknown>, files: readonly PostedFile[]): FormData {
  const form = new FormData();
  form.append('response', JSON.stringify(response));
  for (const f of files) form.append('attachments', new Blob([new Uint8Array(f.bytes)], { type: f.contentType || 'application/octet-stream' }), f.fileName);
  return form;
}
