import type { components as Comments } from './generated/comments';

/** A public response's document as the comments service lists it (generated from its OpenAPI document). */
export type PublicAttachment = Comments['schemas']['AttachmentSummaryDto'];
/** A response's document in the coordinator's reading room. */
export type ReadingRoomAttachment = Comments['schemas']['ReadingRoomAttachmentDto'];
