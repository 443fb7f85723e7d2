// The fetch the Slack adapter hands Bolt (Web API client and respond()): every request gets a
// deadline, and a response_url answering 429 is retried once Retry-After has passed. The Web API
// client handles its own 429s (it pauses its queue), so only other URLs are retried here.

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

export function slackFetch(options: SlackFetchOptions): typeof fetch {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRetryAfterMs ?? 30_000;
  const sleep = options.sleep ?? pause;
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const once = () => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    let response = await once();
    if (url.startsWith(options.apiUrl)) return response;
    for (let attempt = 0; attempt < retries && response.status === 429; attempt++) {
      const waitMs = retryAfterMs(response.headers.get('retry-after'));
      if (waitMs === undefined || waitMs > maxWait) break;
      await response.body?.cancel().catch(() => undefined);
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
