import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import { createServer } from 'node:http';

/**
 * The most bytes of a request's head (request line and headers) a server of ours reads: 64 KiB.
 * Node's default of 16 KiB answered a valid request with an empty 431: a duplicate check
 * (`GET /api/loket/register/similar`) whose title, description and regulation stay within their
 * documented lengths (2 550 characters) can need 31 KiB as a URL when every character is a
 * four-byte one, percent-encoded to twelve (schemathesis sent one). 64 KiB holds the longest valid
 * query of every operation with room for the headers.
 */
export const MAX_REQUEST_HEAD_BYTES = 64 * 1024;

/** Express as Nest runs it, on a Node server that reads request heads up to MAX_REQUEST_HEAD_BYTES. */
export class PlatformExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // HTTPS and forced connection closing are not used here; leave those to Nest's own path.
    if (options?.httpsOptions || options?.forceCloseConnections) return super.initHttpServer(options);
    this.httpServer = createServer({ maxHeaderSize: MAX_REQUEST_HEAD_BYTES }, this.getInstance());
  }
}
