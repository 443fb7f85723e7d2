// The one HTTP server: Slack's /slack/events (HTTP mode), Teams' /api/messages, and health.
// Adapters mount their routes on the express app; this file owns listening and shutdown.
import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpServerOptions {
  /** True when the bot can serve (knowledge loaded, store reachable); drives /readyz. */
  ready: () => Promise<boolean>;
  /** Prometheus exposition text for `GET /metrics`. Default: no /metrics route. */
  metrics?: () => Promise<string>;
  /** Content-Type of /metrics. Default Prometheus text 0.0.4. */
  metricsContentType?: string;
}

export interface HttpServer {
  app: Express;
  /** Start listening; resolves with the bound port (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Where it listens, once listening. */
  address(): AddressInfo | undefined;
  close(): Promise<void>;
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await options.ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready' });
  });
  const metrics = options.metrics;
  if (metrics) {
    app.get('/metrics', async (_req, res) => {
      try {
        const text = await metrics();
        res.type(options.metricsContentType ?? 'text/plain; version=0.0.4; charset=utf-8').send(text);
      } catch {
        res.status(500).type('text/plain').send('metrics unavailable\n');
      }
    });
  }
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
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
