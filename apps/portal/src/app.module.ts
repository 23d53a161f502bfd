import { DynamicModule, Module } from '@nestjs/common';
import { MetricsModule } from '@pb/observability';
import { ServiceClient } from './clients/service-client';
import { StrategyThemes } from './clients/strategy-themes';
import { PortalEnv } from './config/portal.env';
import { PlatformHealthController } from './health/platform-health.controller';
import { LoginController } from './pages/auth/login.controller';
import { OidcClient } from './pages/auth/oidc-client';
import { ReportController } from './pages/loket/report.controller';
import { HomeController } from './pages/public/home.controller';
import { MonitorController } from './pages/public/monitor.controller';
import { PublicDataController } from './pages/public/public-data.controller';
import { QueueController } from './pages/officials/queue.controller';
import { ReportDetailController } from './pages/officials/report-detail.controller';
import { ConsultationsController } from './pages/consultations/consultations.controller';
import { ModerationController } from './pages/staff/moderation.controller';
import { CoordinationController } from './pages/staff/coordination.controller';
import { AmendmentsController } from './pages/staff/amendments.controller';
import { ParkedEventsController } from './pages/admin/parked-events.controller';

@Module({})
export class PortalAppModule {
  static register({ env }: { env: PortalEnv }): DynamicModule {
    return {
      module: PortalAppModule,
      imports: [MetricsModule],
      controllers: [PlatformHealthController, HomeController, ReportController, MonitorController, LoginController, QueueController, ReportDetailController, ConsultationsController, ModerationController, CoordinationController, AmendmentsController, PublicDataController, ParkedEventsController],
      providers: [{ provide: PortalEnv, useValue: env }, ServiceClient, StrategyThemes, OidcClient],
    };
  }
}
