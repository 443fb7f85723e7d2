// A small fake of the Slack Web API over real HTTP: answers auth.test, records chat.postMessage,
// chat.update, chat.postEphemeral, views.publish, assistant.threads.* (and any other method), serves
// response_urls, and can answer a method with a Slack error (`not_in_channel`) for matching calls.
// Faults can be injected per method: HTTP errors, 429 with Retry-After, hangs, or no route at all.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `response_url` for posts to a response URL. */
  method: string;
  /** Arguments, with JSON-valued fields (`blocks`, `view`) parsed. */
  args: Record<string, unknown>;
  /** For `response_url` calls: which URL was posted to. */
  url?: string;
  /** Bearer token the call carried (Web API only). */
  token?: string;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** The fault injected into this call, if one was. */
  fault?: Fault;
}

/** What to do to a call instead of answering it normally. */
export type Fault = { status: number; retryAfter?: number; times?: number } | { hang: true; times?: number };

export interface FakeSlack {
  /** Base URL of the fake, e.g. `http://127.0.0.1:4321`. */
  url: string;
  /** What SLACK_API_URL should be: `<url>/api/`. */
  apiUrl: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** A fresh response_url served by the fake. */
  responseUrl(): string;
  /** Answer the next call of `method` with HTTP 429 (Retry-After: 0), like Slack's rate limit. */
  rateLimitNext(method: string): void;
  /** Answer calls of `method` whose args match with `{ ok: false, error }` (HTTP 200, as Slack does). */
  failWhen(method: string, error: string, match?: (args: Record<string, unknown>) => boolean): void;
  /** User ids `users.info` reports as bots (`is_bot: true`). */
  botUsers: Set<string>;
  /**
   * Inject `fault` into calls of `method` (`response_url` for response URLs, `*` for every Web API
   * method), for `fault.times` calls (default: until cleared).
   */
  fail(method: string, fault: Fault): void;
  /** Remove every injected fault (hung calls are answered now). */
  clearFaults(): void;
  /** How many calls got a fault. */
  faultsInjected(): number;
  /** Refuse every connection (reset before any response), like a host with no route; false restores. */
  unreachable(on: boolean): void;
  close(): Promise<void>;
}

export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' };

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const limited = new Set<string>();
  const failures: Array<{ method: string; error: string; match: (args: Record<string, unknown>) => boolean }> = [];
  const faults = new Map<string, Fault>();
  const hung = new Set<() => void>();
  let injected = 0;
  let down = false;
  let seq = 0;
  let responseSeq = 0;
  const botUsers = new Set<string>();
  /** The fault for this call, counting it down. */
  const takeFault = (method: string): Fault | undefined => {
    const key = faults.has(method) ? method : method !== 'response_url' && faults.has('*') ? '*' : undefined;
    const fault = key === undefined ? undefined : faults.get(key);
    if (!key || !fault) return undefined;
    if (fault.times !== undefined) {
      if (fault.times <= 1) faults.delete(key);
      else faults.set(key, { ...fault, times: fault.times - 1 });
    }
    injected += 1;
    return fault;
  };
  const server = createServer(async (req, res) => {
    if (down) return void req.socket.destroy();
    const raw = await readBody(req);
    const path = req.url ?? '/';
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    /** Apply `fault`: true when the call was answered (or left hanging) by it. */
    const faulted = (fault: Fault | undefined): boolean => {
      if (!fault) return false;
      if ('hang' in fault) {
        const release = () => (hung.delete(release), res.destroy());
        hung.add(release);
        res.on('close', () => hung.delete(release));
        return true;
      }
      send(
        fault.status,
        { ok: false, error: fault.status === 429 ? 'ratelimited' : 'fatal_error' },
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
      );
      return true;
    };
    if (path.startsWith('/response/')) {
      const fault = takeFault('response_url');
      calls.push({
        method: 'response_url',
        url: `${base}${path}`,
        args: parse(raw, req.headers['content-type']),
        at: Date.now(),
        ...(fault ? { fault } : {}),
      });
      if (faulted(fault)) return;
      return send(200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
    if (limited.delete(method)) return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '0' });
    const args = parse(raw, req.headers['content-type']);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || undefined;
    const fault = method === 'auth.test' && !faults.has('auth.test') ? undefined : takeFault(method);
    calls.push({ method, args, token, at: Date.now(), ...(fault ? { fault } : {}) });
    if (faulted(fault)) return;
    const failure = failures.find((f) => f.method === method && f.match(args));
    if (failure) return send(200, { ok: false, error: failure.error });
    const ts = `1700000${String(1000 + ++seq)}.000100`;
    switch (method) {
      case 'auth.test':
        if (token?.includes('invalid')) return send(200, { ok: false, error: 'invalid_auth' });
        return send(200, {
          ok: true,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
          team_id: FAKE_BOT.teamId,
          user: 'kafka-bot',
          team: 'Fake',
        });
      case 'chat.postMessage':
        return send(200, { ok: true, channel: args.channel, ts, message: { text: args.text, ts, bot_id: FAKE_BOT.botId } });
      case 'chat.update':
        return send(200, { ok: true, channel: args.channel, ts: args.ts, text: args.text });
      case 'chat.postEphemeral':
        return send(200, { ok: true, message_ts: ts });
      case 'chat.getPermalink':
        return send(200, {
          ok: true,
          channel: args.channel,
          permalink: `https://fake.slack.com/archives/${String(args.channel)}/p${String(args.message_ts).replace('.', '')}`,
        });
      case 'users.info':
        return send(200, {
          ok: true,
          user: { id: args.user, team_id: FAKE_BOT.teamId, is_bot: botUsers.has(String(args.user)), deleted: false },
        });
      case 'conversations.open':
        // Slack answers with the IM channel of the (single) user: D + user id here.
        return send(200, { ok: true, channel: { id: `D${String(args.users ?? '').split(',')[0]}` } });
      case 'views.publish':
        return send(200, { ok: true, view: { id: `V${seq}`, ...(args.view as object) } });
      default:
        return send(200, { ok: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responseUrl: () => `${base}/response/${++responseSeq}`,
    rateLimitNext: (method) => void limited.add(method),
    failWhen: (method, error, match = () => true) => void failures.push({ method, error, match }),
    botUsers,
    fail: (method, fault) => void faults.set(method, fault),
    clearFaults: () => {
      faults.clear();
      for (const release of [...hung]) release();
    },
    faultsInjected: () => injected,
    unreachable: (on) => {
      down = on;
      if (on) server.closeAllConnections();
    },
    close: () =>
      new Promise((resolve) => {
        for (const release of [...hung]) release();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form or JSON body -> object; form fields holding JSON (blocks, view, …) are parsed too. */
function parse(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Poll `check` until it returns something truthy (no fixed sleeps); fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false | null, what = 'condition', timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
