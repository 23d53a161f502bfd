import { Injectable } from '@nestjs/common';
import { PROJECTION_GROUP, ProjectionLog } from '../../ports/projection-log';
import { ProjectionTables } from '../../ports/projection-tables';

export interface ReplayResult {
  groupId: string;
  events: number;
  millis: number;
  eventsPerSecond: number;
}

/**
 * Rebuilds every projection from the topics: empties the projection tables, then consumes each
 * topic from the beginning with a fresh consumer group until it reaches the end offsets it saw at
 * the start. Run it with the live projection consumers stopped (the command does not start them).
 * Afterwards the fresh group's inbox rows are handed to the live group, so when the service starts
 * again the live group absorbs whatever the replay already applied and goes on from there.
 */
@Injectable()
export class ProjectionReplayer {
  constructor(
    private readonly log: ProjectionLog,
    private readonly tables: ProjectionTables,
  ) {}

  async replay(onProgress?: (done: number) => void): Promise<ReplayResult> {
    const started = Date.now();
    const groupId = `${PROJECTION_GROUP}.replay-${started}`;
    // Where to stop is fixed before anything is emptied; what comes later the live group takes in when it starts again.
    const plan = await this.log.plan(groupId);
    await this.tables.reset(PROJECTION_GROUP);
    const events = await this.log.replay(plan, onProgress);
    await this.tables.handOver(groupId, PROJECTION_GROUP);
    const millis = Date.now() - started;
    return { groupId, events, millis, eventsPerSecond: Math.round((events / Math.max(millis, 1)) * 1000) };
  }
}
