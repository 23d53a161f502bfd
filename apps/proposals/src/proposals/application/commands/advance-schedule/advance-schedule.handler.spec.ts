import type { EventEnvelope } from '@pb/contracts';
import { Transactions, type Tx } from '@pb/persistence';
import { FixedClock } from '@pb/kernel';
import type { OutboxWriter } from '@pb/messaging';
import type { Logger } from 'pino';
import { ProposalRepository, ProposalTransition } from '../../ports/proposal.repository';
import { AdvanceScheduleCommand } from './advance-schedule.command';
import { AdvanceScheduleHandler } from './advance-schedule.handler';

class FakeTransactions extends Transactions {
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work({} as Tx);
  }
}

/** Hands out the transitions it is given; `gate` holds a round's openDue until released. */
class FakeSchedule extends ProposalRepository {
  calls: string[] = [];
  gate?: Promise<void>;
  constructor(
    private readonly due: { open: ProposalTransition[]; close: ProposalTransition[] },
  ) {
    super();
  }
  async openDue(_tx: Tx, now: Date): Promise<ProposalTransition[]> {
    this.calls.push(`open ${now.toISOString()}`);
    await this.gate;
    return this.due.open.splice(0);
  }
  async closeDue(_tx: Tx, now: Date): Promise<ProposalTransition[]> {
    this.calls.push(`close ${now.toISOString()}`);
    return this.due.close.splice(0);
  }
  insert = notUsed;
  findForUpdate = notUsed;
  save = notUsed;
  knownResponses = notUsed;
  countResponse = notUsed;
  keepTextVersion = notUsed;
}

function notUsed(): never {
  throw new Error('not used by the scheduler');
}

const at = new Date('2026-12-01T08:00:00Z');
const transition = (id: string, version: number): ProposalTransition => ({ id, theme: '1.1', opensAt: new Date('2026-12-01T08:00:00Z'), closesAt: new Date('2026-12-10T22:59:59Z'), version });

function setup(due: { open: ProposalTransition[]; close: ProposalTransition[] }) {
  const schedule = new FakeSchedule(due);
  const written: EventEnvelope<object>[] = [];
  const outbox = { append: async (_tx: Tx, events: EventEnvelope<object>[]) => void written.push(...events) } as unknown as OutboxWriter;
  const logger = { info: () => undefined } as unknown as Logger;
  return { schedule, written, handler: new AdvanceScheduleHandler(new FakeTransactions(), schedule, outbox, new FixedClock(at), logger) };
}

describe('AdvanceScheduleHandler', () => {
  it('opens and closes what is due, each with its event at the transition\'s version', async () => {
    const { handler, written } = setup({ open: [transition('p1', 2)], close: [transition('p2', 3)] });
    expect(await handler.execute(new AdvanceScheduleCommand())).toEqual({ opened: ['p1'], closed: ['p2'] });
    expect(written.map((e) => [e.type, e.aggregateId, e.aggregateVersion])).toEqual([
      ['consultation.ProposalOpened', 'p1', 2],
      ['consultation.ProposalClosed', 'p2', 3],
    ]);
    expect(written[0].payload).toMatchObject({ proposalId: 'p1', openedAt: at.toISOString(), opensAt: '2026-12-01T08:00:00.000Z' });
  });

  it('runs rounds of one process one after another', async () => {
    const { handler, schedule } = setup({ open: [transition('p1', 2)], close: [] });
    let release!: () => void;
    schedule.gate = new Promise((r) => (release = r));
    const first = handler.execute(new AdvanceScheduleCommand());
    const second = handler.execute(new AdvanceScheduleCommand());
    await new Promise((r) => setImmediate(r));
    // The second round has not started while the first waits in openDue.
    expect(schedule.calls).toEqual([`open ${at.toISOString()}`]);
    release();
    expect(await first).toEqual({ opened: ['p1'], closed: [] });
    expect(await second).toEqual({ opened: [], closed: [] });
    expect(schedule.calls).toHaveLength(4);
  });

  it('still runs the next round after one failed', async () => {
    const { handler, schedule } = setup({ open: [], close: [] });
    schedule.gate = Promise.reject(new Error('database gone'));
    schedule.gate.catch(() => undefined);
    await expect(handler.execute(new AdvanceScheduleCommand())).rejects.toThrow('database gone');
    schedule.gate = undefined;
    expect(await handler.execute(new AdvanceScheduleCommand())).toEqual({ opened: [], closed: [] });
  });
});
