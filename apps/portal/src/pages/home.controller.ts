import { Controller, Get, Header } from '@nestjs/common';

/** Placeholder front page until the portal's pages land (issue: the portal). */
@Controller()
export class HomeController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  home(): string {
    return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Permanent Beta</title></head>
<body><main><h1>Permanent Beta</h1><p>De Nederlandse Digitaliseringsstrategie als permanente bètaversie.</p>
<ul><li><a href="/api/review/monitor">Monitor (JSON)</a></li></ul></main></body></html>`;
  }
}
