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
import { DeskPagesController } from './pages/officials/desk.controller';
import { ConsultationsController } from './pages/consultations/consultations.controller';
import { AttachmentPagesController } from './pages/consultations/attachments.controller';
import { StaffController } from './pages/staff/staff.controller';
import { ProposalChangesController } from './pages/staff/proposal-changes.controller';
import { TranslationPagesController } from './pages/staff/translation.controller';
import { ReadingRoomPagesController } from './pages/staff/reading-room.controller';
import { IndicatorPagesController } from './pages/staff/indicators.controller';
import { AnalysisPagesController } from './pages/staff/analysis.controller';
import { AdminController } from './pages/admin/admin.controller';
import { DeskSettingsController } from './pages/admin/desk-settings.controller';
import { SubscriptionsController } from './pages/subscriptions/subscriptions.controller';

@Module({})
export class PortalAppModule {
  static register({ env }: { env: PortalEnv }): DynamicModule {
    return {
      module: PortalAppModule,
      imports: [MetricsModule.forRoot({ token: env.METRICS_TOKEN, allowed: env.METRICS_ALLOWED })],
      controllers: [PlatformHealthController, PublicController, RegulationPagesController, LoketController, LoginController, DeskPagesController, OfficialsController, AttachmentPagesController, ConsultationsController, StaffController, ProposalChangesController, TranslationPagesController, ReadingRoomPagesController, AnalysisPagesController, IndicatorPagesController, AdminController, DeskSettingsController, SubscriptionsController],
      providers: [{ provide: PortalEnv, useValue: env }, ServiceClient, ParkedEventsClient, StrategyThemes, OidcClient],
    };
  }
}
