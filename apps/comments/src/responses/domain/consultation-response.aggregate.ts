import type { ModerationDecision, ModerationMode, ModerationReason, ResponseStatus } from '@pb/contracts/vocabulary';
import { isPubliclyVisible, statusAfterVerification } from './response-rules';
import { NotModeratableError, ResponseNotFoundError } from './response.errors';

/** Free text (and a v1 question's answer); a chosen option's id; the chosen options' ids; a scale value. */
export type AnswerValue = string | string[] | number;

export interface ResponseAnswer {
  questionId: string;
  answer: AnswerValue;
}

/**
 * The passage a response points at: a paragraph anchor of the proposal's text (stable across text
 * versions, see the proposals service's proposal-text.ts) and the words it quotes from it.
 */
export interface ResponsePassage {
  anchor: string;
  quote: string | null;
}

/** Everything a response holds; what the repository stores and restores. */
export interface ConsultationResponseState {
  id: string;
  proposalId: string;
  parentId: string | null;
  body: string;
  answers: ResponseAnswer[];
  authorName: string;
  authorEmail: string;
  emailNormalised: string;
  respondentId: string;
  onBehalfOf: string | null;
  isPublic: boolean;
  /** The proposal's text version when the response came in (null for responses from before versions). */
  textVersion: number | null;
  passage: ResponsePassage | null;
  /** The language the respondent used, for the mails they get later (null: not known, both languages). */
  lang: 'nl' | 'en' | null;
  status: ResponseStatus;
  moderationReason: ModerationReason | null;
  needsReview: boolean;
  flagCount: number;
  supportCount: number;
  submittedAt: Date;
  verifiedAt: Date | null;
  publishedAt: Date | null;
  moderatedAt: Date | null;
  /** Set when its author was erased (AVG): no author, text or answers left, out of every view. */
  erasedAt: Date | null;
  /** One more for every change: the aggregate version of the events it causes. */
  version: number;
}

export type SubmittedResponse = Pick<
  ConsultationResponseState,
  'id' | 'proposalId' | 'parentId' | 'body' | 'answers' | 'authorName' | 'authorEmail' | 'emailNormalised' | 'respondentId' | 'onBehalfOf' | 'isPublic' | 'submittedAt'
> &
  Partial<Pick<ConsultationResponseState, 'textVersion' | 'passage' | 'lang'>>;

/**
 * A response to a consultation (or a reply to one), from submission through e-mail confirmation
 * and moderation to its support and flags. The checks that need other data (is the consultation
 * open, is the parent visible, does the address already have a counted response) stay with the use
 * cases; what a response itself allows lives here.
 */
export class ConsultationResponse {
  private constructor(
    private state: ConsultationResponseState,
    /** The version stored when it was loaded: a save expects the row still at it. */
    readonly persistedVersion: number,
  ) {}

  /** A new response waits for its author to confirm the e-mail address; it counts only then. */
  static submit(input: SubmittedResponse): ConsultationResponse {
    return new ConsultationResponse(
      {
        ...input,
        textVersion: input.textVersion ?? null,
        passage: input.passage ?? null,
        lang: input.lang ?? null,
        status: 'awaiting-verification',
        moderationReason: null,
        needsReview: false,
        flagCount: 0,
        supportCount: 0,
        verifiedAt: null,
        publishedAt: null,
        moderatedAt: null,
        erasedAt: null,
        version: 0,
      },
      0,
    );
  }

  static restore(state: ConsultationResponseState): ConsultationResponse {
    return new ConsultationResponse({ ...state, answers: [...state.answers] }, state.version);
  }

  snapshot(): Readonly<ConsultationResponseState> {
    return { ...this.state, answers: [...this.state.answers] };
  }

  get id(): string {
    return this.state.id;
  }
  get proposalId(): string {
    return this.state.proposalId;
  }
  get parentId(): string | null {
    return this.state.parentId;
  }
  get status(): ResponseStatus {
    return this.state.status;
  }
  get isPublic(): boolean {
    return this.state.isPublic;
  }
  get answers(): readonly ResponseAnswer[] {
    return this.state.answers;
  }
  get authorEmail(): string {
    return this.state.authorEmail;
  }
  /** The language the respondent used (null: not known), for the mails they get later. */
  get lang(): 'nl' | 'en' | null {
    return this.state.lang;
  }
  get emailNormalised(): string {
    return this.state.emailNormalised;
  }
  get respondentId(): string {
    return this.state.respondentId;
  }
  get onBehalfOf(): string | null {
    return this.state.onBehalfOf;
  }
  get supportCount(): number {
    return this.state.supportCount;
  }
  get submittedAt(): Date {
    return this.state.submittedAt;
  }
  get erasedAt(): Date | null {
    return this.state.erasedAt;
  }
  get version(): number {
    return this.state.version;
  }

  isPubliclyVisible(): boolean {
    return isPubliclyVisible(this.state);
  }

  /**
   * The author followed the confirmation link: under pre-moderation the response waits for a
   * moderator, under post-moderation it is published at once. Returns the new status.
   */
  confirm(moderation: ModerationMode, now: Date): ResponseStatus {
    const status = statusAfterVerification(moderation);
    this.change({ status, verifiedAt: now, publishedAt: status === 'published' ? now : null });
    return status;
  }

  /**
   * A moderator publishes or rejects it (and may reverse an earlier decision). Publishing keeps the
   * first publication time; a decision clears the flags' call for review. An erased author's
   * response is out of moderation: publishing it would show nothing and change the figures.
   * Returns whether the status changed (only then does the author hear of it).
   */
  moderate(decision: ModerationDecision, reason: ModerationReason | null, now: Date): boolean {
    if (this.state.erasedAt) throw new ResponseNotFoundError();
    if (this.state.status === 'awaiting-verification') throw new NotModeratableError();
    const before = this.state.status;
    const status: ResponseStatus = decision === 'publish' ? 'published' : 'rejected';
    this.change({
      status,
      moderatedAt: now,
      moderationReason: decision === 'reject' ? reason : null,
      publishedAt: decision === 'publish' ? (this.state.publishedAt ?? now) : this.state.publishedAt,
      needsReview: false,
    });
    return before !== status;
  }

  /** A reader flagged it: it goes back to the moderation queue, and stays visible until a moderator decides. */
  flag(): void {
    this.change({ flagCount: this.state.flagCount + 1, needsReview: true });
  }

  /** A supporter confirmed their address: the support counts. */
  countSupport(): void {
    this.change({ supportCount: this.state.supportCount + 1 });
  }

  private change(changes: Partial<ConsultationResponseState>): void {
    this.state = { ...this.state, ...changes, version: this.state.version + 1 };
  }
}
