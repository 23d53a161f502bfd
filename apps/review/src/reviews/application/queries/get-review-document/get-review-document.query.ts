export class GetReviewDocumentQuery {
  constructor(
    readonly year: number,
    /** Latest when absent. */
    readonly revision: number | undefined,
    readonly format: 'html' | 'pdf',
    readonly lang: 'nl' | 'en' = 'nl',
  ) {}
}

export interface ReviewDocumentView {
  year: number;
  revision: number;
  format: 'html' | 'pdf';
  lang: 'nl' | 'en';
  body: Buffer;
  /** Strong validator of the stored bytes. */
  etag: string;
}
