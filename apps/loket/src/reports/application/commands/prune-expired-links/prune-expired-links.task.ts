import { Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionRegistry, RetentionTask, type Tx } from '@pb/persistence';
import { ReporterLinkStore } from '../../ports/reporter-link.store';

/**
 * A mailed link's hash is kept only while the link works: once expired it opens nothing and is
 * deleted with the service's other retention tasks (on the pruner's schedule, in batches).
 */
@Injectable()
export class PruneExpiredLinksTask implements RetentionTask, OnModuleInit {
  readonly name = 'loket.tracking-links';

  constructor(
    private readonly registry: RetentionRegistry,
    private readonly links: ReporterLinkStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  pruneBatch(manager: Tx, now: Date, limit: number): Promise<number> {
    return this.links.pruneExpired(manager, now, limit);
  }
}
