import { serviceFor } from './api-routes';

describe('serviceFor', () => {
  it('sends a proposal’s analyses and comments to the comments service, the proposal itself to the proposals service', () => {
    const id = '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c';
    expect(serviceFor(`/api/proposals/${id}/analyses`)).toBe('comments');
    expect(serviceFor(`/api/proposals/${id}/analyses/latest`)).toBe('comments');
    expect(serviceFor(`/api/proposals/${id}/comments/reading-room`)).toBe('comments');
    expect(serviceFor(`/api/proposals/${id}`)).toBe('proposals');
    expect(serviceFor(`/api/proposals/${id}/analysesx`)).toBe('proposals');
  });
});
