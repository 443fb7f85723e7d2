// The fetch the Slack adapter hands Bolt (Web API client and respond()): every request gets a
// deadline, and a response_url answering 429 is retried once Retry-After has passed. The Web API
// client handles its own 429s (it pauses its queue), so only other URLs are retried here.
// Requests go through undici's request() rather than the global fetch: under load each answer
// posts one, and fetch (with a timeout signal) cost about three times its CPU, on the thread
// that acknowledges Slack (npm run loadtest). A body fetch alone can send (FormData) goes to fetch.
import { request } from 'undici';

export interface SlackFetchOptions {
  /** Abort a request that has not answered after this long. Default 10 s. */
  timeoutMs?: number;
  /** URLs under this prefix are the Web API's: never retried here. */
  apiUrl: string;
  /** 429 retries for other URLs (response_url). Default 2. */
  rateLimitRetries?: number;
  /** Longest Retry-After honoured; a longer one fails the request. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Sleep, for tests. Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Statuses whose response has no body (a Response refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);

/** One request as fetch would make it, through undici's request(); the reply is a fetch Response. */
async function send(url: string, init: RequestInit | undefined, timeoutMs: number): Promise<Response> {
  const body = init?.body;
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof URLSearchParams)) {
    return fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  }
  const headers = new Headers(init?.headers);
  if (body instanceof URLSearchParams && !headers.has('content-type'))
    headers.set('content-type', 'application/x-www-form-urlencoded;charset=UTF-8');
  const reply = await request(url, {
    method: (init?.method ?? 'GET') as 'GET',
    headers: Object.fromEntries(headers),
    body: body === undefined || body === null ? undefined : String(body),
    signal: init?.signal ?? undefined,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const content = await reply.body.arrayBuffer();
  const out = new Headers();
  for (const [name, value] of Object.entries(reply.headers)) {
    if (Array.isArray(value)) for (const v of value) out.append(name, v);
    else if (value !== undefined) out.set(name, value);
  }
  return new Response(NO_BODY.has(reply.statusCode) ? null : content, { status: reply.statusCode, headers: out });
}

export function slackFetch(options: SlackFetchOptions): typeof fetch {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRetryAfterMs ?? 30_000;
  const sleep = options.sleep ?? pause;
  return async (input, init) => {
    const deadline = () => ({ ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    if (typeof input !== 'string' && !(input instanceof URL)) return fetch(input, deadline());
    const url = input instanceof URL ? input.href : input;
    const once = () => send(url, init, timeoutMs);
    let response = await once();
    if (url.startsWith(options.apiUrl)) return response;
    for (let attempt = 0; attempt < retries && response.status === 429; attempt++) {
      const waitMs = retryAfterMs(response.headers.get('retry-after'));
      if (waitMs === undefined || waitMs > maxWait) break;
      await sleep(waitMs);
      response = await once();
    }
    return response;
  };
}

/** Retry-After in ms (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
