import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { renderHome } from './home.views';

@Controller()
export class HomeController {
  @Get()
  home(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderHome(ctx));
  }
}
