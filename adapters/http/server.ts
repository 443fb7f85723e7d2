// The one public HTTP server: Slack's /slack/events (HTTP mode), Teams' /api/messages, and /healthz.
// Adapters mount their routes on the express app; this file owns listening and shutdown. Readiness
// and metrics are on the admin server (admin.ts), never on the port Slack and Teams reach.
import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpServerOptions {
  /**
   * Not used: /readyz moved to the admin server (admin.ts). Accepted so existing callers compile.
   * @deprecated
   */
  ready?: () => Promise<boolean>;
}

export interface HttpServer {
  app: Express;
  /** Start listening; resolves with the bound port (0 picks a free one). Default host: all interfaces. */
  listen(port: number, host?: string): Promise<number>;
  /** Where it listens, once listening. */
  address(): AddressInfo | undefined;
  /** Stop accepting connections and resolve once the open ones have finished. */
  close(): Promise<void>;
}

export function createHttpServer(_options: HttpServerOptions = {}): HttpServer {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let server: Server | undefined;
  return {
    app,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const s = app.listen(port, host ?? '0.0.0.0', (error?: Error) => {
          if (error) return reject(error);
          const address = s.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
        server = s;
      });
    },
    address() {
      const a = server?.address();
      return typeof a === 'object' && a ? a : undefined;
    },
    close() {
      return new Promise((resolve) => {
        const s = server;
        if (!s || !s.listening) return resolve();
        // Keep-alive connections that go idle after close() would hold it open: close those as they appear.
        const sweep = setInterval(() => s.closeIdleConnections(), 50);
        s.close(() => {
          clearInterval(sweep);
          resolve();
        });
        s.closeIdleConnections();
      });
    },
  };
}
