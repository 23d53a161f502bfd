import { DynamicModule, Module } from '@nestjs/common';
import { MetricsModule } from '@pb/observability';
import { ParkedEventsClient } from './clients/parked-events.client';
import { ServiceClient } from './clients/service-client';
import { StrategyThemes } from './clients/strategy-themes';
import { PortalEnv } from './config/portal.env';
import { PlatformHealthController } from './health/platform-health.controller';
import { LoginController } from './pages/auth/login.controller';
import { OidcClient } from './clients/oidc-client';
import { LoketController } from './pages/loket/loket.controller';
import { PublicController } from './pages/public/public.controller';
import { RegulationPagesController } from './pages/public/regulations.controller';
import { OfficialsController } from './pages/officials/officials.controller';
import { ConsultationsController } from './pages/consultations/consultations.controller';
import { StaffController } from './pages/staff/staff.controller';
import { ProposalChangesController } from './pages/staff/proposal-changes.controller';
import { ReadingRoomPagesController } from './pages/staff/reading-room.controller';
import { AnalysisPagesController } from './pages/staff/analysis.controller';
import { AdminController } from './pages/admin/admin.controller';
import { SubscriptionsController } from './pages/subscriptions/subscriptions.controller';

@Module({})
export class PortalAppModule {
  static register({ env }: { env: PortalEnv }): DynamicModule {
    return {
      module: PortalAppModule,
      imports: [MetricsModule.forRoot({ token: env.METRICS_TOKEN, allowed: env.METRICS_ALLOWED })],
      controllers: [PlatformHealthController, PublicController, RegulationPagesController, LoketController, LoginController, OfficialsController, ConsultationsController, StaffController, ProposalChangesController, ReadingRoomPagesController, AnalysisPagesController, AdminController, SubscriptionsController],
      providers: [{ provide: PortalEnv, useValue: env }, ServiceClient, ParkedEventsClient, StrategyThemes, OidcClient],
    };
  }
}
