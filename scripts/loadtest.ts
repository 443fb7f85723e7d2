// `npm run loadtest [-- --duration 10 --rounds 4 --connections 50 --uncached --profile DIR]`: starts the real server
// (dist/adapters/main.js, Slack HTTP mode + Teams local mode) and a bare Bolt app + botbuilder echo bot
// (loadtest-bare.ts) against one local fake API server, and drives both over loopback with autocannon in
// interleaved rounds: signed /kafka slash commands and Teams message activities. Best round of each,
// p50/p99 side by side with the ratio. Reports, asserts nothing.
import autocannon, { type Result } from 'autocannon';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { roundLine, table, type Series } from './loadtest-table.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const MAIN = fileURLToPath(new URL('../adapters/main.js', import.meta.url));
const BARE = fileURLToPath(new URL('./loadtest-bare.js', import.meta.url));

const SECRET = 'loadtest-signing-secret';
const QUESTIONS = [
  'RAID 10 장점',
  '브로커 메모리 얼마나?',
  'RAID 1 vs RAID 5',
  'ext4 xfs 차이',
  'IaaS 단점',
  '카프카 클러스터 운영 방법',
  '없는 주제 질문 xyz',
];
const USERS = 5_000;

/** Fake Slack Web API, response_url and Bot Connector: `{ok:true}` (and an id) to everything. */
async function startFakeApis(): Promise<{ url: string; calls: () => number; close: () => Promise<void> }> {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      calls += 1;
      const body = req.url?.includes('auth.test')
        ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'kafka-bot', team: 'Load' }
        : { ok: true, id: `a-${calls}`, ts: `1700000000.${String(calls).padStart(6, '0')}` };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls: () => calls,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function question(seq: number): string {
  const text = QUESTIONS[seq % QUESTIONS.length]!;
  return uncached ? `${text} ${seq}` : text;
}

let uncached = false;

function slackCommand(seq: number, apiBase: string): { body: string; headers: Record<string, string> } {
  const user = `U${seq % USERS}`;
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'load',
    channel_id: 'C1',
    channel_name: 'kafka',
    user_id: user,
    user_name: `name-${user}`,
    command: '/kafka',
    text: question(seq),
    api_app_id: 'A1',
    response_url: `${apiBase}/response/${seq}`,
    trigger_id: `trig-${seq}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': `v0=${signature}`,
    },
  };
}

function teamsActivity(seq: number, serviceUrl: string): { body: string; headers: Record<string, string> } {
  const user = `29:user-${seq % USERS}`;
  const body = JSON.stringify({
    type: 'message',
    id: `load-${seq}-${Date.now()}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user, name: `User ${seq % USERS}`, aadObjectId: `aad-${seq % USERS}` },
    recipient: { id: '28:kafka-bot', name: 'Kafka Bot' },
    conversation: { id: `a:personal-${seq % USERS}`, conversationType: 'personal', tenantId: 'tenant-1' },
    text: question(seq),
  });
  return { body, headers: { 'content-type': 'application/json' } };
}

function run(
  title: string,
  url: string,
  connections: number,
  duration: number,
  make: (seq: number) => { body: string; headers: Record<string, string> },
): Promise<Result> {
  let seq = 0;
  return new Promise((resolve, reject) => {
    const instance: { stop(): void } = autocannon(
      {
        title,
        url,
        connections,
        duration,
        timeout: 10,
        requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...make(++seq) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    running = instance;
  });
}

/** The autocannon run under way, stopped by Ctrl-C (one listener for every run). */
let running: { stop(): void } | undefined;
process.once('SIGINT', () => running?.stop());

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/**
 * CPU time (ms) a process's main thread has used, from /proc (Linux): the thread that acknowledges,
 * so its cost per request is what bounds the ack latency under load. NaN where /proc is missing.
 */
async function mainThreadCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/task/${pid}/stat`, 'utf8').catch(() => '');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Resident set size of a process, from /proc (Linux). */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : NaN;
}

/** Poll the admin server's /readyz. */
async function waitReady(base: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot did not become ready within 20 s');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Start the bare apps and wait for them to print `ready <port>`. */
async function startBare(env: NodeJS.ProcessEnv): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [BARE], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the bare apps exited with ${String(code)} before listening`)));
  });
  return { port, child };
}

async function stopChild(child: ChildProcess, name: string): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running after 10 s'), 10_000).unref())]);
  process.stdout.write(`${name}: SIGTERM → exit code ${String(code)}\n`);
  if (typeof code === 'string') child.kill('SIGKILL');
}

const SERIES = [
  ['slack-bare', 'bare', 'slack'],
  ['slack-bot', 'bot', 'slack'],
  ['teams-bare', 'bare', 'teams'],
  ['teams-bot', 'bot', 'teams'],
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '4' },
      // A CPU profile of the bot (node --cpu-prof) written to this folder when it stops.
      profile: { type: 'string' },
      // Every question unique (a request number appended), so none is answered from the reply cache.
      uncached: { type: 'boolean', default: false },
    },
  });
  const duration = Math.max(1, Math.min(600, Number(values.duration) || 10));
  const connections = Math.max(1, Math.min(500, Number(values.connections) || 50));
  const rounds = Math.max(1, Math.min(20, Number(values.rounds) || 4));
  uncached = values.uncached ?? false;
  const fake = await startFakeApis();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kafka-bot-load-'));
  const port = await freePort();
  const adminPort = await freePort();
  const env = {
    PATH: process.env.PATH,
    PORT: String(port),
    ADMIN_PORT: String(adminPort),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    KNOWLEDGE_WATCH: '0',
    RATE_LIMIT_PER_MINUTE: '20',
    SLACK_BOT_TOKEN: 'xoxb-load-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${fake.url}/api/`,
    TEAMS_LOCAL: '1',
    ...(process.env.ANSWER_WORKERS !== undefined && { ANSWER_WORKERS: process.env.ANSWER_WORKERS }),
  };
  const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`] : [];
  const bot = spawn(process.execPath, [...profile, MAIN], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const bare = await startBare({ PATH: process.env.PATH, PORT: '0', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${fake.url}/api/` });
  const targets = { bot: `http://127.0.0.1:${port}`, bare: `http://127.0.0.1:${bare.port}` };
  const admin = `http://127.0.0.1:${adminPort}`;
  try {
    await waitReady(admin);
    process.stdout.write(
      `Kafka Bot load test: ${connections} connections, ${rounds} interleaved rounds of ${duration} s per app and platform, loopback` +
        `${uncached ? ', every question unique (no reply cache)' : ''}\n`,
    );
    for (const base of Object.values(targets)) {
      await run('warm-up', `${base}/slack/events`, 4, 1, (s) => slackCommand(s, fake.url));
      await run('warm-up', `${base}/api/messages`, 4, 1, (s) => teamsActivity(s, fake.url));
    }
    const rssBefore = await rssOf(bot.pid!);
    const results: Record<Series, Result[]> = { 'slack-bare': [], 'slack-bot': [], 'teams-bare': [], 'teams-bot': [] };
    const pids = { bot: bot.pid!, bare: bare.child.pid! };
    for (let round = 1; round <= rounds; round += 1) {
      for (const [series, target, platform] of SERIES) {
        const cpuBefore = await mainThreadCpuMs(pids[target]);
        const r =
          platform === 'slack'
            ? await run(series, `${targets[target]}/slack/events`, connections, duration, (s) => slackCommand(s, fake.url))
            : await run(series, `${targets[target]}/api/messages`, connections, duration, (s) => teamsActivity(s, fake.url));
        // Answers still being posted after the last acknowledgement count too.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const cpuMs = (await mainThreadCpuMs(pids[target])) - cpuBefore;
        results[series].push(r);
        process.stdout.write(`round ${round} ${series.padEnd(10)} ${roundLine(r, cpuMs)}\n`);
      }
    }
    process.stdout.write(`\n${table(results)}\n`);
    await new Promise((r) => setTimeout(r, 1000));
    const rssAfter = await rssOf(bot.pid!);
    const growth = ((rssAfter - rssBefore) / rssBefore) * 100;
    process.stdout.write(
      `\nRSS of the bot process: before ${mb(rssBefore)}, after ${mb(rssAfter)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %)\n` +
        `Calls to the fake Slack API / connector (bot replies and bare echoes): ${fake.calls()}\n`,
    );
    const metrics = await fetch(`${admin}/metrics`).then((r) => r.text());
    const line = (name: string) =>
      metrics
        .split('\n')
        .find((l) => l.startsWith(name))
        ?.trim() ?? `${name} (missing)`;
    process.stdout.write(`/metrics: ${line('kafka_bot_questions_total{kind="answer"}')}; ${line('kafka_bot_errors_total')}\n`);
  } finally {
    await stopChild(bot, 'bot');
    await stopChild(bare.child, 'bare apps');
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`loadtest failed: ${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
