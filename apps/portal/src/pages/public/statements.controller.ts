import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PortalEnv } from '../../config/portal.env';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { renderAccessibilityStatement, renderColophon, renderPrivacyStatement } from './statements.views';

/** The statements the AVG/GDPR and the Besluit digitale toegankelijkheid overheid ask for, and the colofon. */
@Controller()
export class StatementsController {
  constructor(@Inject(PortalEnv) private readonly env: PortalEnv) {}

  @Get('privacyverklaring')
  privacy(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderPrivacyStatement(ctx, this.env));
  }

  @Get('toegankelijkheidsverklaring')
  accessibility(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderAccessibilityStatement(ctx, this.env));
  }

  @Get('colofon')
  colophon(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderColophon(ctx, this.env));
  }
}
