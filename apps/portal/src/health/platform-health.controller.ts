import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PortalEnv } from '../config/portal.env';
import { serviceUrls } from '../proxy/api-routes';

/**
 * `GET /health` (= `/health/ready`) on the portal: ready when the portal can serve pages, which it
 * can with any service down (the pages that need that service say so, with a 503 of their own;
 * the rest are unaffected). A readiness that needed every service would take the whole site,
 * static pages included, out of the load balancer for one service's hiccup.
 *
 * The services' own readiness is still reported, for people and dashboards: `status` is `up` when
 * all are ready, `degraded` when some are not — the HTTP status stays 200 either way.
 */
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
          const r = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) });
          const body = (await r.json().catch(() => ({}))) as { status?: string };
          return [name, r.ok ? (body.status === 'degraded' ? 'degraded' : 'up') : 'down'] as const;
        } catch {
          return [name, 'down'] as const;
        }
      }),
    );
    const services = Object.fromEntries(entries);
    const allUp = entries.every(([, s]) => s === 'up');
    res.status(200).json({ status: allUp ? 'up' : 'degraded', services });
  }
}
