import { ErasedCounts, ErasureRequestedV1, EventEnvelope, validateEnvelope, validatePayload, ErasureCompletedV1 } from '@pb/contracts';
import type { OutboxWriter } from '@pb/messaging';
import type { Tx } from '@pb/persistence';
import { ReporterErasureStore } from '../../ports/reporter-erasure.store';
import { ErasePersonHandler } from './erase-person.handler';

/** In memory: reporters by the keyed hash of their address. */
class InMemoryReporterErasureStore extends ReporterErasureStore {
  constructor(private readonly reporters: Map<string, number>) {
    super();
  }
  async fillEmailHashes(): Promise<number> {
    return 0;
  }
  async eraseBySubjectHash(_manager: Tx, subjectHash: string): Promise<ErasedCounts> {
    const n = this.reporters.get(subjectHash) ?? 0;
    this.reporters.delete(subjectHash);
    return { reporters: n, reports: n, messages: 0, mails: n };
  }
}

describe('ErasePersonHandler (loket)', () => {
  const manager = {} as Tx;
  const hash = 'a'.repeat(64);
  const request: EventEnvelope<ErasureRequestedV1> = {
    eventId: '0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e',
    type: ErasureRequestedV1.type,
    version: 1,
    occurredAt: '2026-12-01T10:00:00.000Z',
    aggregateId: 'e1a5e000-0000-4000-8000-000000000001',
    aggregateVersion: 1,
    correlationId: 'c-1',
    causationId: null,
    actor: { role: 'admin', id: 'admin-1' },
    payload: { erasureId: 'e1a5e000-0000-4000-8000-000000000001', subjectHash: hash },
  };

  const run = async (store: ReporterErasureStore) => {
    const appended: EventEnvelope<object>[] = [];
    const outbox = { append: async (_m: Tx, events: EventEnvelope<object>[]) => void appended.push(...events) } as unknown as OutboxWriter;
    const erased = await new ErasePersonHandler(store, outbox).execute(request, manager);
    return { erased, appended };
  };

  it('answers the coordinator with what it erased, as a valid ErasureCompleted of the same erasure, from the system', async () => {
    const { erased, appended } = await run(new InMemoryReporterErasureStore(new Map([[hash, 2]])));
    expect(erased).toEqual({ reporters: 2, reports: 2, messages: 0, mails: 2 });
    expect(appended).toHaveLength(1);
    const [answer] = appended;
    expect(answer).toMatchObject({ type: 'privacy.ErasureCompleted', version: 1, aggregateId: request.payload.erasureId, actor: { role: 'system', id: 'loket' } });
    expect(answer.payload).toEqual({ erasureId: request.payload.erasureId, service: 'loket', erased });
    const envelope = validateEnvelope(JSON.parse(JSON.stringify(answer)));
    if (!envelope.ok) throw new Error(envelope.reason);
    expect(validatePayload(ErasureCompletedV1, envelope.envelope).ok).toBe(true);
  });

  it('answers with zeros when it holds nobody of that hash (so the coordinator can complete)', async () => {
    const { appended } = await run(new InMemoryReporterErasureStore(new Map()));
    expect(appended[0].payload).toEqual({ erasureId: request.payload.erasureId, service: 'loket', erased: { reporters: 0, reports: 0, messages: 0, mails: 0 } });
  });
});
