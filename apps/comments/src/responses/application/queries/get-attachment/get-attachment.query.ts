/** One attachment's file, for whoever may have it. */
export class GetAttachmentQuery {
  constructor(
    readonly attachmentId: string,
    /** A coordinator reads every confirmed response's files; anyone else only a publicly visible response's. */
    readonly coordinator: boolean,
  ) {}
}
