import { Injectable } from '@nestjs/common';
import { Caller, ServiceClient, ServiceName, ServiceResult } from './service-client';
import type { paths as LoketPaths } from './generated/loket';

/** One parked outbox row as the services' admin endpoint lists it (libs/messaging ParkedEvent). */
type ParkedList = LoketPaths['/api/loket/admin/parked-events']['get']['responses'][200]['content']['application/json'];
export type ParkedEventView = ParkedList['items'][number];

/**
 * The admin endpoints every service has under its own area (libs/messaging parkedEventsController):
 * the same operation in four documents, so one typed call per service.
 */
@Injectable()
export class ParkedEventsClient {
  constructor(private readonly services: ServiceClient) {}

  list(service: ServiceName, caller: Caller): Promise<ServiceResult<ParkedList>> {
    const init = { params: { query: { limit: '200' } } };
    switch (service) {
      case 'loket':
        return this.services.to('loket', caller).GET('/api/loket/admin/parked-events', init);
      case 'proposals':
        return this.services.to('proposals', caller).GET('/api/proposals/admin/parked-events', init);
      case 'comments':
        return this.services.to('comments', caller).GET('/api/comments/admin/parked-events', init);
      case 'review':
        return this.services.to('review', caller).GET('/api/review/admin/parked-events', init);
    }
  }

  requeue(service: ServiceName, position: string, caller: Caller): Promise<ServiceResult<{ requeued: number }>> {
    const init = { params: { path: { position } } };
    switch (service) {
      case 'loket':
        return this.services.to('loket', caller).POST('/api/loket/admin/parked-events/{position}/requeue', init);
      case 'proposals':
        return this.services.to('proposals', caller).POST('/api/proposals/admin/parked-events/{position}/requeue', init);
      case 'comments':
        return this.services.to('comments', caller).POST('/api/comments/admin/parked-events/{position}/requeue', init);
      case 'review':
        return this.services.to('review', caller).POST('/api/review/admin/parked-events/{position}/requeue', init);
    }
  }
}
