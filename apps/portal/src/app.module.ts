import { DynamicModule, Module } from '@nestjs/common';
import { MetricsModule } from '@pb/observability';
import { PortalEnv } from './config/portal.env';
import { PlatformHealthController } from './health/platform-health.controller';
import { HomeController } from './pages/home.controller';

@Module({})
export class PortalAppModule {
  static register({ env }: { env: PortalEnv }): DynamicModule {
    return {
      module: PortalAppModule,
      imports: [MetricsModule],
      controllers: [PlatformHealthController, HomeController],
      providers: [{ provide: PortalEnv, useValue: env }],
    };
  }
}
