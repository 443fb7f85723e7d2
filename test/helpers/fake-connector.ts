// A fake Bot Connector over real HTTP: records what the bot sends (new messages, replies, card
// updates) so e2e tests can assert on it, and can be told to fail updates to exercise fallbacks.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** replyToId for POST …/activities/{id}, the updated activity's id for PUT. */
  activityId?: string;
  /** The id the fake gave a POSTed activity (what a later replyToId/PUT refers to). */
  createdId?: string;
  /** The fake refused this call (an injected failure): nothing reached the user. */
  failed?: boolean;
  body: Record<string, unknown>;
}

export interface FakeConnector {
  /** Base URL to put in an activity's `serviceUrl`. */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** 1:1 chats the bot created (POST /v3/conversations), as Teams would: members and tenant. */
  created: Array<Record<string, unknown>>;
  /** Member ids for whom creating a 1:1 chat fails with 403 (the app is not installed for them). */
  notInstalledFor: Set<string>;
  /** Answer PUT (updateActivity) with this status instead of 200. */
  failUpdates(status: number | undefined): void;
  /** Answer POST (sendActivity, replies) with this status instead of 200 (for `times` calls; default until cleared). */
  failPosts(status: number | undefined, times?: number): void;
  /** Calls answered with an injected failure status. */
  faultsInjected(): number;
  /** Resolve when `predicate` holds for the recorded calls; rejects after `timeoutMs`. */
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let updateStatus: number | undefined;
  let postStatus: number | undefined;
  let postTimes = Number.POSITIVE_INFINITY;
  let injected = 0;
  let next = 1;
  const created: Array<Record<string, unknown>> = [];
  const notInstalledFor = new Set<string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(url.pathname)) {
      void readJson(req).then((body) => {
        const member = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? '';
        if (notInstalledFor.has(member)) {
          res
            .writeHead(403, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { code: 'Forbidden', message: 'app not installed for user' } }));
          return;
        }
        created.push(body);
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `a:dm-${member}` }));
      });
      return;
    }
    const match = ROUTE.exec(url.pathname);
    const method = req.method;
    if (!match || (method !== 'POST' && method !== 'PUT')) {
      res.writeHead(404).end();
      return;
    }
    readJson(req).then(
      (body) => {
        const conversationId = decodeURIComponent(match[1] ?? '');
        const activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
        if (method === 'PUT') {
          const status = updateStatus ?? 200;
          calls.push({ method, conversationId, activityId, body, ...(status !== 200 ? { failed: true } : {}) });
          if (status !== 200) injected += 1;
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ id: activityId }));
          return;
        }
        if (postStatus !== undefined && postTimes > 0) {
          injected += 1;
          postTimes -= 1;
          calls.push({ method, conversationId, activityId, body, failed: true });
          res
            .writeHead(postStatus, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { code: 'ServiceError', message: 'injected' } }));
          return;
        }
        const createdId = `sent-${next++}`;
        calls.push({ method, conversationId, activityId, createdId, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: createdId }));
      },
      () => res.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    created,
    notInstalledFor,
    failUpdates(status) {
      updateStatus = status;
    },
    failPosts(status, times = Number.POSITIVE_INFINITY) {
      postStatus = status;
      postTimes = times;
    },
    faultsInjected: () => injected,
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) {
          throw new Error(`fake connector: condition not met; calls so far: ${JSON.stringify(calls.map(summary))}`);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      return calls;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function summary(call: ConnectorCall): string {
  return `${call.method} ${call.conversationId}/${call.activityId ?? ''} ${String(call.body.text ?? '')}`;
}
