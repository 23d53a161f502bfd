/** Read the text of the oldest attachment waiting for it (one per run). */
export class ExtractAttachmentTextCommand {}

/** Whether there was one: the poller runs again at once while there is work. */
export interface ExtractAttachmentTextResult {
  extracted: boolean;
}
