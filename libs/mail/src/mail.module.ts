import { BeforeApplicationShutdown, DynamicModule, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { MailOutbox } from './mail-outbox';
import { MailRelay, MailRelayOptions } from './mail-relay';

@Injectable()
class MailRelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly relay: MailRelay) {}
  onApplicationBootstrap(): void {
    this.relay.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

/** Queue mails with MailOutbox inside your transaction; the relay in this process sends them. */
@Module({})
export class MailModule {
  static forService(options: MailRelayOptions & { logger: Logger; relay?: boolean }): DynamicModule {
    return {
      module: MailModule,
      global: true,
      providers: [
        MailOutbox,
        {
          provide: MailRelay,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => new MailRelay(ds, options.logger.child({ component: 'mail-relay' }), options),
        },
        ...(options.relay === false ? [] : [MailRelayLifecycle]),
      ],
      exports: [MailOutbox, MailRelay],
    };
  }
}
