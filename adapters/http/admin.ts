// The admin server: /healthz, /readyz and /metrics on ADMIN_PORT (127.0.0.1 unless ADMIN_HOST),
// apart from the public port Slack and Teams reach, so readiness and metrics are not public.
import { createHttpServer, type HttpServer } from './server.js';

export interface AdminServerOptions {
  /** True when the bot can serve (knowledge loaded, store reachable, adapters connected). */
  ready: () => Promise<boolean>;
  /** Prometheus exposition text for `GET /metrics`. Default: no /metrics route. */
  metrics?: () => Promise<string>;
  /** Content-Type of /metrics. Default Prometheus text 0.0.4. */
  metricsContentType?: string;
}

export function createAdminServer(options: AdminServerOptions): HttpServer {
  const server = createHttpServer();
  server.app.get('/readyz', async (_req, res) => {
    const ok = await options.ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready' });
  });
  const metrics = options.metrics;
  if (metrics) {
    server.app.get('/metrics', async (_req, res) => {
      try {
        const text = await metrics();
        res.type(options.metricsContentType ?? 'text/plain; version=0.0.4; charset=utf-8').send(text);
      } catch {
        res.status(500).type('text/plain').send('metrics unavailable\n');
      }
    });
  }
  return server;
}
