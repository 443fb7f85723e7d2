// The Slack adapter's fetch over real HTTP against the fake Slack: what Bolt reads of a response
// (status, headers, JSON body) arrives as fetch would give it, a response_url's 429 is retried after
// Retry-After while the Web API's is left to the Web API client, and a hung request meets its deadline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackFetch } from '../../../adapters/slack/fetch.js';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

const post = (body: string | URLSearchParams, headers: Record<string, string> = { 'Content-Type': 'application/json' }) => ({
  method: 'POST',
  headers,
  body,
});

describe('slackFetch', () => {
  it('returns a fetch Response: status, headers and body as Slack sent them', async () => {
    const f = slackFetch({ apiUrl: slack.apiUrl });
    const url = slack.responseUrl();
    const response = await f(url, post(JSON.stringify({ text: '답', response_type: 'ephemeral' })));
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(await response.json()).toMatchObject({ ok: true });
    expect(slack.callsTo('response_url')[0]).toMatchObject({ url, args: { text: '답' } });
  });

  it('sends a Web API call form-encoded as the Web API client writes it, with its headers', async () => {
    const f = slackFetch({ apiUrl: slack.apiUrl });
    const body = new URLSearchParams({ channel: 'C1', text: '안녕' });
    const response = await f(`${slack.apiUrl}chat.postMessage`, post(body, { Authorization: 'Bearer xoxb-test' }));
    expect(await response.json()).toMatchObject({ ok: true });
    expect(slack.callsTo('chat.postMessage')[0]).toMatchObject({ token: 'xoxb-test', args: { channel: 'C1', text: '안녕' } });
  });

  it('retries a response_url answering 429 after Retry-After, but never a Web API call', async () => {
    const waits: number[] = [];
    const f = slackFetch({ apiUrl: slack.apiUrl, sleep: async (ms) => void waits.push(ms) });
    slack.fail('response_url', { status: 429, retryAfter: 1, times: 1 });
    expect((await f(slack.responseUrl(), post('{"text":"x"}'))).status).toBe(200);
    expect(waits).toEqual([1000]);
    slack.fail('chat.postMessage', { status: 429, retryAfter: 1, times: 1 });
    const api = await f(`${slack.apiUrl}chat.postMessage`, post(new URLSearchParams({ channel: 'C1' }), {}));
    expect(api.status).toBe(429);
    expect(api.headers.get('retry-after')).toBe('1');
    expect(waits).toEqual([1000]);
  });

  it('gives up on a request that hangs past the deadline', async () => {
    slack.fail('response_url', { hang: true });
    const f = slackFetch({ apiUrl: slack.apiUrl, timeoutMs: 200 });
    const started = Date.now();
    await expect(f(slack.responseUrl(), post('{"text":"x"}'))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('hands a multipart body to fetch, which writes its boundary', async () => {
    const f = slackFetch({ apiUrl: slack.apiUrl });
    const form = new FormData();
    form.append('channel', 'C1');
    const response = await f(`${slack.apiUrl}files.upload`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(slack.callsTo('files.upload')).toHaveLength(1);
  });
});
