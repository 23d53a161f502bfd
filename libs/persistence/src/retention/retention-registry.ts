import { Injectable } from '@nestjs/common';
import type { RetentionTask } from './retention-task';

/**
 * Every retention task of this process. Libraries and modules add their own tables (the
 * messaging tables, the mail outbox, a service's rate-limit rows) through
 * `RetentionModule.forFeature`, or by injecting this registry, so the pruner knows no table itself.
 */
@Injectable()
export class RetentionRegistry {
  private readonly tasks = new Map<string, RetentionTask>();

  register(...tasks: RetentionTask[]): void {
    for (const task of tasks) {
      if (this.tasks.has(task.name)) throw new Error(`retention task ${task.name} registered twice`);
      this.tasks.set(task.name, task);
    }
  }

  all(): RetentionTask[] {
    return [...this.tasks.values()];
  }
}
