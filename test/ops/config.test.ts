import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/ops/config.js';
import { EnvSchema } from '../../src/ops/env-schema.js';
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

describe('config: messages a person can act on (issue 23)', () => {
  const problemsOf = (env: Record<string, string>, fromFile?: Set<string>): string[] => {
    try {
      loadConfig(env, { fromFile });
    } catch (e) {
      return String((e as Error).message)
        .replace(/^invalid configuration: /, '')
        .split('; ');
    }
    return [];
  };

  it('states the real rule: RATE_LIMIT_PER_MINUTE=-1 must be 1 or more, not "a whole number"', () => {
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '-1' })).toEqual(['RATE_LIMIT_PER_MINUTE must be 1 or more']);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '0' })).toEqual(['RATE_LIMIT_PER_MINUTE must be 1 or more']);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '2.5' })).toEqual(['RATE_LIMIT_PER_MINUTE must be a whole number']);
    expect(problemsOf({ PORT: '-1' })).toEqual(['PORT must be a TCP port from 1 to 65535']);
    expect(problemsOf({ ANSWER_WORKERS: '-1' })).toEqual(['ANSWER_WORKERS must be from 0 to 16 (0 answers in the main thread)']);
  });

  it('lists the allowed values of a fixed list instead of zod wording (LOG_LEVEL=verbose)', () => {
    expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual(['LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent']);
    expect(problemsOf({ LOG_FORMAT: 'text' })).toEqual(['LOG_FORMAT must be one of json, pretty']);
    expect(problemsOf({ MICROSOFT_APP_TYPE: 'single' })).toEqual([
      'MICROSOFT_APP_TYPE must be one of MultiTenant, SingleTenant, UserAssignedMSI',
    ]);
    expect(loadConfig({ LOG_LEVEL: ' debug ', LOG_FORMAT: '' })).toMatchObject({ logLevel: 'debug', logFormat: undefined });
  });

  it('words every failure of every variable itself: the name, then a rule; no zod wording, no value', () => {
    const bad = ['verbose', '-1', '0', '99999', '2.5', 'x y', '"quoted"', 'MultiTenant|x', '\u0000', 'C12345', 'http://', 'Mon 25:00'];
    let failures = 0;
    for (const name of Object.keys(EnvSchema.shape)) {
      for (const value of bad) {
        for (const problem of problemsOf({ [name]: value })) {
          failures += 1;
          expect(problem, `${name}=${value}`).toMatch(/^[A-Z_]+ (must|is) /);
          expect(problem, `${name}=${value}`).not.toMatch(/Invalid|expected|received|Too (small|big)|pattern|NaN|undefined/);
          if (value.length > 2) expect(problem, `${name}=${value}`).not.toContain(value);
        }
      }
    }
    expect(failures).toBeGreaterThan(30);
  });

  it('says "(from .env)" after a problem whose value came from .env, and which variables when several are involved', () => {
    const fromFile = new Set(['RATE_LIMIT_PER_MINUTE', 'MICROSOFT_APP_ID']);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '-1', LOG_LEVEL: 'loud' }, fromFile)).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
      'RATE_LIMIT_PER_MINUTE must be 1 or more (from .env)',
    ]);
    const teams = problemsOf({ MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555' }, fromFile);
    const password = 'MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set with the default MICROSOFT_APP_TYPE=SingleTenant';
    expect(teams).toContain(`${password} (MICROSOFT_APP_ID from .env)`);
    expect(problemsOf({ PORT: '-1' })).toEqual(['PORT must be a TCP port from 1 to 65535']);
  });
});

describe('config: Teams app type (issue 23)', () => {
  const id = '11111111-2222-3333-4444-555555555555';

  it('defaults to SingleTenant with an app id (what Azure creates) and then needs the tenant id', () => {
    const tenant = '99999999-8888-7777-6666-555555555555';
    expect(loadConfig({ MICROSOFT_APP_ID: id, MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: tenant }).teams).toMatchObject({
      appType: 'SingleTenant',
      tenantId: tenant,
    });
    expect(() => loadConfig({ MICROSOFT_APP_ID: id, MICROSOFT_APP_PASSWORD: 'p' })).toThrow(
      /MICROSOFT_APP_TENANT_ID is required for the default MICROSOFT_APP_TYPE=SingleTenant, or set MICROSOFT_APP_TYPE=MultiTenant for a bot registered as multi-tenant/,
    );
  });

  it('takes MultiTenant when asked, without a tenant id; local mode has no identity and stays MultiTenant', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: id, MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TYPE: 'MultiTenant' }).teams?.appType).toBe(
      'MultiTenant',
    );
    expect(loadConfig({ TEAMS_LOCAL: '1' }).teams?.appType).toBe('MultiTenant');
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
