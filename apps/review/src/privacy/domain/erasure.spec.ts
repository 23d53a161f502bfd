import { erasureProgress } from './erasure';

describe('erasure progress', () => {
  const at = new Date('2026-12-01T10:00:00Z');

  it('is pending, with every holder of personal data listed as pending, before any answer', () => {
    expect(erasureProgress([])).toEqual({
      status: 'pending',
      services: [
        { service: 'loket', status: 'pending', erased: null, answeredAt: null },
        { service: 'comments', status: 'pending', erased: null, answeredAt: null },
        { service: 'review', status: 'pending', erased: null, answeredAt: null },
      ],
    });
  });

  it('stays pending while one service has not answered', () => {
    const progress = erasureProgress([{ service: 'loket', erased: { reporters: 2 }, answeredAt: at }]);
    expect(progress.status).toBe('pending');
    expect(progress.services).toEqual([
      { service: 'loket', status: 'completed', erased: { reporters: 2 }, answeredAt: at },
      { service: 'comments', status: 'pending', erased: null, answeredAt: null },
      { service: 'review', status: 'pending', erased: null, answeredAt: null },
    ]);
  });

  it('completes once every service answered, zeros included, and ignores a service that is not a holder', () => {
    const progress = erasureProgress([
      { service: 'comments', erased: { responses: 0 }, answeredAt: at },
      { service: 'proposals', erased: {}, answeredAt: at },
      { service: 'loket', erased: { reporters: 0 }, answeredAt: at },
      { service: 'review', erased: { subscriptions: 0 }, answeredAt: at },
    ]);
    expect(progress.status).toBe('completed');
    expect(progress.services.map((s) => s.service)).toEqual(['loket', 'comments', 'review']);
  });
});
