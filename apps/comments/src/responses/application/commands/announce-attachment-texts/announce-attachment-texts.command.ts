/** Announce the extracted texts of confirmed responses' attachments (their cited regulations). */
export class AnnounceAttachmentTextsCommand {
  constructor(readonly limit = 50) {}
}
