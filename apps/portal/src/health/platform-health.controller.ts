import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PortalEnv } from '../config/portal.env';
import { serviceUrls } from '../proxy/api-routes';

/** `GET /health` on the portal answers 200 once every service behind it is ready (api.md). */
@Controller('health')
export class PlatformHealthController {
  constructor(@Inject(PortalEnv) private readonly env: PortalEnv) {}

  @Get('live')
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get(['', 'ready'])
  async ready(@Res() res: Response): Promise<void> {
    const entries = await Promise.all(
      Object.entries(serviceUrls(this.env)).map(async ([name, url]) => {
        try {
          const r = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(4000) });
          return [name, r.ok ? 'up' : 'down'] as const;
        } catch {
          return [name, 'down'] as const;
        }
      }),
    );
    const services = Object.fromEntries(entries);
    const up = entries.every(([, s]) => s === 'up');
    res.status(up ? 200 : 503).json({ status: up ? 'up' : 'down', services });
  }
}
