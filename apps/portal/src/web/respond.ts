import type { Response } from 'express';
import type { SafeHtml } from './html';

/** Sends a rendered page: the one place a controller's HTML leaves the portal. */
export function sendPage(res: Response, page: SafeHtml, status = 200): void {
  res.status(status).type('html').send(page.value);
}
