import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/ops/config.js';
import type { Reply } from '../../src/model/reply.js';

describe('config', () => {
  it('defaults to the console on the bundled notes', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ knowledgeDir: 'knowledge', dataDir: 'data', port: 3000, rateLimitPerMinute: 20, sessionTtlMs: 86_400_000 });
    expect(c.slack).toBeUndefined();
    expect(c.teams).toBeUndefined();
  });

  it('names the bad variable and never prints its value', () => {
    const secret = 'xoxp-not-a-bot-token-123456';
    expect(() => loadConfig({ SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
    try {
      loadConfig({ SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: 's' });
    } catch (e) {
      expect(String(e)).not.toContain(secret);
    }
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TYPE: 'SingleTenant' })).toThrow(
      /MICROSOFT_APP_TENANT_ID/,
    );
  });

  it('picks Socket Mode with an app token and Teams local only when asked', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1', TEAMS_LOCAL: '1' });
    expect(c.slack?.appToken).toBe('xapp-1');
    expect(c.teams).toMatchObject({ local: true, appType: 'MultiTenant' });
  });
});

describe('config: every problem in one message (issue 10 #11)', () => {
  const problemsOf = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (e) {
      return String((e as Error).message);
    }
    throw new Error('loadConfig accepted a bad environment');
  };

  it('names every missing or malformed variable at once, never a value', () => {
    const message = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SLACK_BOT_TOKEN: 'xoxb-secret-value-1234',
      MICROSOFT_APP_ID: 'id',
      MICROSOFT_APP_TYPE: 'SingleTenant',
    });
    for (const name of ['PORT', 'LOG_LEVEL', 'SLACK_SIGNING_SECRET', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID']) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('xoxb-secret-value-1234');
    expect(message).not.toContain('eighty');
  });

  it('reports a cross-field problem together with a malformed one', () => {
    const message = problemsOf({ RATE_LIMIT_PER_MINUTE: '0', MICROSOFT_APP_PASSWORD: 'p' });
    expect(message).toContain('RATE_LIMIT_PER_MINUTE');
    expect(message).toContain('MICROSOFT_APP_ID');
  });
});

describe('config: HOST in Teams local mode (issue 10 #6)', () => {
  it('listens on loopback in local mode unless HOST says otherwise', () => {
    expect(loadConfig({ TEAMS_LOCAL: '1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ TEAMS_LOCAL: '1', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).host).toBeUndefined();
  });
});

describe('config: the admin server (issue 10 #7)', () => {
  it('defaults to ADMIN_PORT 9100 on 127.0.0.1, and takes ADMIN_PORT / ADMIN_HOST', () => {
    expect(loadConfig({})).toMatchObject({ adminPort: 9100, adminHost: '127.0.0.1' });
    expect(loadConfig({ ADMIN_PORT: '9200', ADMIN_HOST: '0.0.0.0' })).toMatchObject({ adminPort: 9200, adminHost: '0.0.0.0' });
  });

  it('refuses a malformed ADMIN_PORT and one equal to PORT', () => {
    expect(() => loadConfig({ ADMIN_PORT: 'x' })).toThrow(/ADMIN_PORT/);
    expect(() => loadConfig({ ADMIN_PORT: '70000' })).toThrow(/ADMIN_PORT/);
    expect(() => loadConfig({ PORT: '9100' })).toThrow(/ADMIN_PORT must differ from PORT/);
  });

  it('KNOWLEDGE_SNAPSHOT: on by default, 0 turns it off, anything else is named', () => {
    expect(loadConfig({}).knowledgeSnapshot).toBe(true);
    expect(loadConfig({ KNOWLEDGE_SNAPSHOT: '0' }).knowledgeSnapshot).toBe(false);
    expect(() => loadConfig({ KNOWLEDGE_SNAPSHOT: 'sometimes' })).toThrow(/KNOWLEDGE_SNAPSHOT must be 1\/0\/true\/false/);
  });
});

describe('config: ANSWER_WORKERS (issue 14)', () => {
  it('defaults to one answer worker; 0 turns them off', () => {
    expect(loadConfig({}).answerWorkers).toBe(1);
    expect(loadConfig({ ANSWER_WORKERS: '0' }).answerWorkers).toBe(0);
    expect(loadConfig({ ANSWER_WORKERS: '3' }).answerWorkers).toBe(3);
  });

  it('refuses a malformed or too large count, naming the variable', () => {
    for (const bad of ['-1', 'two', '17']) {
      expect(() => loadConfig({ ANSWER_WORKERS: bad })).toThrow(/ANSWER_WORKERS/);
    }
  });
});

describe('NOTES_URL', () => {
  it('is an http(s) URL; sources then link to the note and line', async () => {
    expect(loadConfig({ NOTES_URL: 'https://git.example.com/kafka/notes/blob/main' }).notesUrl).toBe(
      'https://git.example.com/kafka/notes/blob/main',
    );
    expect(() => loadConfig({ NOTES_URL: 'notes folder' })).toThrow(/NOTES_URL/);
    const { linkSources } = await import('../../src/model/reply-view.js');
    const reply: Pick<Reply, 'sources'> = {
      sources: [{ title: 'RAID', file: 'knowledge/ops/kafka ops.md', line: 12, endLine: 14, breadcrumb: ['RAID'] }],
    };
    const linked = linkSources(reply, 'https://git.example.com/notes/blob/main');
    expect(linked.sources[0]?.url).toBe('https://git.example.com/notes/blob/main/ops/kafka%20ops.md#L12');
  });
});
