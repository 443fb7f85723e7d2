// The quiz of the day end to end: whole bot processes (startBot) in Slack HTTP mode sharing one real
// redis-server, a signed `/kafka-quiz daily on`, the post on the fake Slack Web API, a signed O/X
// press answered privately, exactly one post with two replicas, and a restart in the minute of the
// post. The clock is injected; nothing waits for 10:00.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../../adapters/start.js';
import { slackDailyDelivery } from '../../../adapters/slack/onboarding.js';
import { loadConfig } from '../../../src/index.js';
import { startFakeSlack, waitFor, type FakeSlack } from '../../helpers/fake-slack.js';
import { redisAvailable, useRedisServer } from '../../helpers/redis-server.js';
import { sendAction, sendCommand } from '../../helpers/slack-sign.js';

const SECRET = 'daily-test-secret';
const TEN = Date.UTC(2026, 10, 25, 1, 0); // 10:00 in Asia/Seoul
const DAY = 86_400_000;

describe.skipIf(!redisAvailable)('quiz of the day on Slack, two replicas on one Redis', () => {
  const redisUrl = useRedisServer();
  const clock = { now: TEN - 5 * 60_000 };
  let slack: FakeSlack;
  const bots: RunningBot[] = [];
  let prefixEnv: string;

  beforeAll(async () => {
    slack = await startFakeSlack();
    prefixEnv = `daily-${randomUUID()}`;
  });
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.close()));
    await slack.close();
  });

  async function replica(id: string): Promise<RunningBot> {
    // A database of its own per file run keeps other suites' keys away (same prefix for every replica).
    const config = loadConfig({
      REDIS_URL: `${redisUrl()}/5`,
      KNOWLEDGE_WATCH: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      TZ: 'Asia/Seoul',
      ADMIN_USER_IDS: 'UADMIN',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    config.port = 0;
    // Two replicas on one host: each its own admin port.
    config.adminPort = 0;
    const bot = await startBot(config, { logger: pino({ level: 'silent' }), now: () => clock.now, instanceId: `${prefixEnv}-${id}` });
    bots.push(bot);
    return bot;
  }
  const endpoint = (bot: RunningBot) => `http://127.0.0.1:${bot.port}/slack/events`;
  const tick = (bot: RunningBot) => bot.runtime.onboarding.tick({ slack: slackDailyDelivery(bot.slack!.app.client) });
  const posts = () => slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('오늘의 카프카 퀴즈'));

  it('admin turns it on; one of two replicas posts at 10:00; a press is answered privately; a restart then posts nothing', async () => {
    const a = await replica('a');
    const b = await replica('b');
    expect(await a.runtime.store.listDocs('daily:channels')).toEqual([]);

    const responseUrl = slack.responseUrl();
    const res = await sendCommand(endpoint(a), SECRET, {
      token: 'legacy',
      team_id: 'T1',
      team_domain: 'fake',
      channel_id: 'CDAILY',
      channel_name: 'kafka',
      user_id: 'UADMIN',
      user_name: 'lead',
      command: '/kafka-quiz',
      text: 'daily on 10:00',
      api_app_id: 'A1',
      response_url: responseUrl,
      trigger_id: 't1',
    });
    expect(res.status).toBe(200);
    const ok = await waitFor(() => slack.calls.find((c) => c.url === responseUrl), 'daily on reply');
    expect(JSON.stringify(ok.args.blocks)).toContain('매일 10:00 (Asia/Seoul)');
    expect(ok.args.response_type).toBe('ephemeral');

    await Promise.all([tick(a), tick(b)]);
    expect(posts()).toHaveLength(0); // 09:55
    clock.now = TEN;
    await Promise.all([tick(a), tick(b), tick(a), tick(b)]);
    expect(posts()).toHaveLength(1);
    const post = posts()[0]!;
    expect(post.args.channel).toBe('CDAILY');

    // A person answers O on the posted message: recorded once, verdict only they see.
    const blocks = JSON.stringify(post.args.blocks);
    const value = JSON.parse(blocks.match(/"value":"((?:[^"\\]|\\.)*daily_answer(?:[^"\\]|\\.)*)"/)![1]!.replace(/\\"/g, '"')) as {
      postId: string;
    };
    const click = (user: string, choice: 'O' | 'X', to: RunningBot) =>
      sendAction(endpoint(to), SECRET, {
        type: 'block_actions',
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: `trig-${user}-${choice}`,
        team: { id: 'T1', domain: 'fake' },
        user: { id: user, username: user, name: user, team_id: 'T1' },
        channel: { id: 'CDAILY', name: 'kafka' },
        container: { type: 'message', message_ts: '1700000001.000100', channel_id: 'CDAILY', is_ephemeral: false },
        message: { type: 'message', ts: '1700000001.000100', text: '' },
        actions: [
          {
            type: 'button',
            block_id: 'b',
            action_id: `kafka:daily_answer:${choice === 'O' ? 0 : 1}`,
            value: JSON.stringify({ type: 'daily_answer', label: choice, postId: value.postId, choice }),
            text: { type: 'plain_text', text: choice },
            action_ts: '1',
          },
        ],
      });
    expect((await click('U1', 'O', a)).status).toBe(200);
    const verdict = await waitFor(() => slack.callsTo('chat.postEphemeral').find((c) => c.args.user === 'U1'), 'private verdict');
    expect(JSON.stringify(verdict.args.blocks)).toMatch(/정답이에요|아쉬워요/);
    expect(JSON.stringify(verdict.args.blocks)).toMatch(/📄 .*\.md:\d+/);
    await click('U1', 'X', b); // the other replica: still only one answer
    const second = await waitFor(() => slack.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U1')[1], 'second press reply');
    expect(JSON.stringify(second.args.blocks)).toContain('이미 답했어요 (내 답: O)');

    // Restart in the minute of the post: the posting replica goes away, a new process starts at 10:00:30.
    await a.close();
    bots.splice(bots.indexOf(a), 1);
    clock.now = TEN + 30_000;
    const c = await replica('c');
    await Promise.all([tick(c), tick(b)]);
    expect(posts()).toHaveLength(1);

    // The next day exactly one post again, revealing yesterday's answer and how many got it right.
    clock.now = TEN + DAY;
    await Promise.all([tick(c), tick(b), tick(c)]);
    expect(posts()).toHaveLength(2);
    expect(JSON.stringify(posts()[1]!.args.blocks)).toMatch(/지난 문제 정답: [OX]/);
    expect(JSON.stringify(posts()[1]!.args.blocks)).toContain('1명 중');
  });
});
