import { ConsultationResponse, ConsultationResponseState } from './consultation-response.aggregate';
import { NotModeratableError, ResponseNotFoundError } from './response.errors';

const submittedAt = new Date('2026-12-05T10:00:00Z');
const submitted = () =>
  ConsultationResponse.submit({
    id: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c',
    proposalId: '8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d',
    parentId: null,
    body: 'Goed voorstel.',
    answers: [{ questionId: 'q1', answer: 'Ja' }],
    authorName: 'Anna',
    authorEmail: 'Anna@Example.org',
    emailNormalised: 'anna@example.org',
    respondentId: 'r-1',
    onBehalfOf: null,
    isPublic: true,
    submittedAt,
  });
const restored = (changes: Partial<ConsultationResponseState>) => ConsultationResponse.restore({ ...submitted().snapshot(), ...changes });

describe('ConsultationResponse', () => {
  it('is submitted awaiting verification, uncounted, unpublished and at version 0', () => {
    const r = submitted();
    expect(r.snapshot()).toMatchObject({ status: 'awaiting-verification', verifiedAt: null, publishedAt: null, flagCount: 0, supportCount: 0, needsReview: false, version: 0 });
    expect(r.persistedVersion).toBe(0);
    expect(r.isPubliclyVisible()).toBe(false);
  });

  it('on confirmation waits for a moderator under pre-moderation, and is published at once under post-moderation', () => {
    const now = new Date('2026-12-05T11:00:00Z');
    const pre = submitted();
    expect(pre.confirm('pre', now)).toBe('pending-moderation');
    expect(pre.snapshot()).toMatchObject({ status: 'pending-moderation', verifiedAt: now, publishedAt: null, version: 1 });
    const post = submitted();
    expect(post.confirm('post', now)).toBe('published');
    expect(post.snapshot()).toMatchObject({ status: 'published', verifiedAt: now, publishedAt: now, version: 1 });
    expect(post.isPubliclyVisible()).toBe(true);
  });

  it('cannot be moderated before its address is confirmed, nor once its author was erased', () => {
    expect(() => submitted().moderate('publish', null, new Date())).toThrow(NotModeratableError);
    expect(() => restored({ status: 'published', erasedAt: new Date() }).moderate('reject', 'spam', new Date())).toThrow(ResponseNotFoundError);
  });

  it('keeps its first publication time when published again, and clears the call for review', () => {
    const first = new Date('2026-12-05T11:00:00Z');
    const now = new Date('2026-12-06T09:00:00Z');
    const r = restored({ status: 'published', publishedAt: first, needsReview: true, flagCount: 2, version: 3 });
    expect(r.moderate('publish', null, now)).toBe(false);
    expect(r.snapshot()).toMatchObject({ status: 'published', publishedAt: first, moderatedAt: now, moderationReason: null, needsReview: false, version: 4 });
    expect(r.persistedVersion).toBe(3);
  });

  it('keeps the reason of a rejection and says that the status changed; publishing a pending one publishes it now', () => {
    const now = new Date('2026-12-06T09:00:00Z');
    const rejected = restored({ status: 'published', publishedAt: submittedAt });
    expect(rejected.moderate('reject', 'off-topic', now)).toBe(true);
    expect(rejected.snapshot()).toMatchObject({ status: 'rejected', moderationReason: 'off-topic', publishedAt: submittedAt });
    expect(rejected.isPubliclyVisible()).toBe(false);
    const pending = restored({ status: 'pending-moderation' });
    expect(pending.moderate('publish', null, now)).toBe(true);
    expect(pending.snapshot()).toMatchObject({ status: 'published', publishedAt: now, moderationReason: null });
  });

  it('goes back to the moderation queue when flagged, and counts support one at a time', () => {
    const r = restored({ status: 'published', version: 2 });
    r.flag();
    r.countSupport();
    r.countSupport();
    expect(r.snapshot()).toMatchObject({ status: 'published', needsReview: true, flagCount: 1, supportCount: 2, version: 5 });
  });

  it('hands out copies: changing a snapshot changes nothing', () => {
    const r = submitted();
    const s = r.snapshot() as ConsultationResponseState;
    s.answers.push({ questionId: 'q2', answer: 'Nee' });
    s.status = 'published';
    expect(r.snapshot()).toMatchObject({ status: 'awaiting-verification', answers: [{ questionId: 'q1', answer: 'Ja' }] });
  });
});
