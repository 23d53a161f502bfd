import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { LoketEnv } from '../../../config/loket.env';
import { ModelSuggestions, ReportSuggester, SuggestionChoice } from '../../application/ports/report-suggester';
import { StrategyThemes } from '../../application/ports/strategy-themes';
import { SuggestionModel, type SuggestionInput } from '../../domain/suggestions';
import { SuggestionTrainingStore } from '../persistence/suggestion-training.store';

interface Trained {
  model: SuggestionModel;
  at: number;
}

/**
 * The suggester as a process-local model, trained from the reports already triaged under the
 * current strategy version and retrained when it is older than LOKET_SUGGESTER_RETRAIN_SECONDS.
 *
 * Training is lazy: the first suggestion waits for it (a cold replica has nothing to offer
 * otherwise); after that a stale model keeps answering while one retraining runs beside it, so an
 * official never waits for a retrain. Each replica trains its own copy from the same rows — no
 * model file to ship, store or download, and replicas agree up to one retrain interval.
 */
@Injectable()
export class RetrainedReportSuggester extends ReportSuggester {
  private trained?: Trained;
  private training?: Promise<Trained>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: SuggestionTrainingStore,
    private readonly themes: StrategyThemes,
    private readonly clock: Clock,
    private readonly env: LoketEnv,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  async suggest(input: SuggestionInput): Promise<ModelSuggestions> {
    const { model } = await this.current();
    return { ...model.suggest(input), trainedOn: model.trainedOn };
  }

  recordChoice(manager: EntityManager, choice: SuggestionChoice): Promise<void> {
    return this.store.recordChoice(manager, choice);
  }

  private async current(): Promise<Trained> {
    const trained = this.trained;
    if (!trained) {
      // A suggestion is advice: if the first training fails, the official's screen and the triage
      // go on without one (and the next request tries again).
      return this.retrain().catch((error: unknown) => {
        this.logger.error({ err: error }, 'training the theme/department suggester failed; no suggestions for now');
        return { model: SuggestionModel.empty(), at: 0 };
      });
    }
    if (this.clock.now().getTime() - trained.at >= this.env.LOKET_SUGGESTER_RETRAIN_SECONDS * 1000 && !this.training) {
      this.retrain().catch((error: unknown) => this.logger.error({ err: error }, 'retraining the theme/department suggester failed; the previous model stays'));
    }
    return trained;
  }

  private retrain(): Promise<Trained> {
    this.training ??= (async () => {
      try {
        const version = await this.themes.current(this.ds.manager);
        const reports = version ? await this.store.triagedReports(version.version, this.env.LOKET_SUGGESTER_TRAINING_LIMIT) : [];
        const trained = { model: SuggestionModel.train(reports), at: this.clock.now().getTime() };
        this.trained = trained;
        return trained;
      } finally {
        this.training = undefined;
      }
    })();
    return this.training;
  }
}
