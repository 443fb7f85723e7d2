// The setup guides cannot drift from what the bot asks for: every Slack scope and event in
// manifest.yml has a row with its reason in docs/slack.md (and nothing else does), the HTTP-mode
// manifest in the guide subscribes to exactly the manifest's events and validates once merged into
// it; every Teams command, scope and permission in teams/manifest.json is explained in
// docs/teams.md; and what the docs give as MICROSOFT_APP_TYPE's default is what loadConfig does.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/ops/config.js';
import { codeSpans, fencedBlocks, markdownTables, tableNamed } from '../helpers/markdown-tables.js';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifests are untyped YAML/JSON
type Loose = Record<string, any>;
const slackManifest = parse(read('manifest.yml')) as Loose;
const teamsManifest = JSON.parse(read('teams/manifest.json')) as Loose;
const slackDoc = read('docs/slack.md');
const teamsDoc = read('docs/teams.md');

const SLACK_SCHEMA = new URL('../shared/schemas/slack-manifest.schema.1.0.0.json', root);
const haveSlackSchema = existsSync(SLACK_SCHEMA);
if (!haveSlackSchema)
  console.warn(`SKIPPED: ../shared not found: docs/slack.md HTTP-mode manifest schema check (no ${SLACK_SCHEMA.pathname})`);

/** The names a table explains (the code spans of its first column), each with a non-empty reason. */
function explained(doc: string, heading: string): string[] {
  const table = tableNamed(doc, heading);
  for (const row of table.rows) expect(row.at(-1)?.length ?? 0, `${heading} ${row[0]}: no reason given`).toBeGreaterThan(10);
  return table.rows.flatMap((row) => codeSpans(row[0] ?? ''));
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** `override` merged into `base`: objects key by key, lists item by item. */
function merge(base: unknown, override: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(override)) return override.map((item, i) => merge(base[i], item));
  if (base && override && typeof base === 'object' && typeof override === 'object') {
    const out: Loose = { ...(base as Loose) };
    for (const [key, value] of Object.entries(override as Loose)) out[key] = merge((base as Loose)[key], value);
    return out;
  }
  return override;
}

describe('docs/slack.md and manifest.yml', () => {
  it('explains every bot scope of the manifest, and no scope it does not ask for', () => {
    expect(sorted(explained(slackDoc, 'scope'))).toEqual(sorted(slackManifest.oauth_config.scopes.bot as string[]));
  });

  it('explains every event the manifest subscribes to, and no other', () => {
    expect(sorted(explained(slackDoc, 'event'))).toEqual(sorted(slackManifest.settings.event_subscriptions.bot_events as string[]));
  });

  it("the HTTP-mode manifest subscribes to the manifest's events (member_joined_channel too) and points every URL at /slack/events", () => {
    const blocks = fencedBlocks(slackDoc).filter((b) => b.info === 'yaml' && b.content.includes('socket_mode_enabled: false'));
    expect(blocks).toHaveLength(1);
    const http = parse(blocks[0]!.content) as Loose;
    expect(http.settings.event_subscriptions.bot_events).toEqual(slackManifest.settings.event_subscriptions.bot_events);
    expect(http.settings.event_subscriptions.bot_events).toContain('member_joined_channel');
    const commands = http.features.slash_commands as Loose[];
    expect(commands.map((c) => c.command)).toEqual((slackManifest.features.slash_commands as Loose[]).map((c) => c.command));
    const urls = [...commands.map((c) => c.url), http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url];
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
  });

  it.skipIf(!haveSlackSchema)('the manifest with the HTTP-mode changes merged in is a valid Slack manifest', () => {
    const block = fencedBlocks(slackDoc).find((b) => b.info === 'yaml' && b.content.includes('socket_mode_enabled: false'))!;
    const merged = merge(slackManifest, parse(block.content));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
      JSON.parse(readFileSync(SLACK_SCHEMA, 'utf8')) as object,
    );
    const ok = validate(merged);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('says to invite the bot to each channel it posts in, by the variable that names it', () => {
    const channels = tableNamed(slackDoc, 'channel');
    const configured = channels.rows.map((row) => row.at(-1) ?? '').join(' ');
    for (const name of ['ONBOARDING_CHANNEL_IDS', 'EXPERTS_CHANNEL_ID', 'DIGEST_CHANNEL_ID', '/kafka-quiz daily on']) {
      expect(configured).toContain(name);
    }
    expect(slackDoc).toContain('/invite @Kafka Bot');
    expect(slackDoc).toMatch(/Copy member ID/);
    expect(slackDoc).toMatch(/Channel ID/);
  });
});

describe('docs/teams.md and teams/manifest.json', () => {
  it('explains every command of the bot and of the message extension, and no other', () => {
    const bot = (teamsManifest.bots as Loose[]).flatMap((b) =>
      (b.commandLists as Loose[]).flatMap((l) => (l.commands as Loose[]).map((c) => c.title)),
    );
    const extension = (teamsManifest.composeExtensions as Loose[]).flatMap((e) => (e.commands as Loose[]).map((c) => c.id));
    expect(sorted(explained(teamsDoc, 'command'))).toEqual(sorted([...bot, ...extension]));
  });

  it('explains every permission and every bot scope, and no other', () => {
    expect(sorted(explained(teamsDoc, 'permission'))).toEqual(sorted(teamsManifest.permissions as string[]));
    expect(sorted(explained(teamsDoc, 'scope'))).toEqual(sorted((teamsManifest.bots as Loose[]).flatMap((b) => b.scopes as string[])));
  });
});

describe('MICROSOFT_APP_TYPE: the docs give the default loadConfig uses', () => {
  const id = '11111111-2222-3333-4444-555555555555';
  const actual = loadConfig({ MICROSOFT_APP_ID: id, MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: id }).teams?.appType;

  it.each(['README.md', 'docs/operations.md', 'docs/teams.md'])('%s', (file) => {
    const rows = markdownTables(read(file)).flatMap((table) => {
      const column = table.header.findIndex((h) => h.toLowerCase() === 'default');
      return column < 0 ? [] : table.rows.filter((row) => row[0] === '`MICROSOFT_APP_TYPE`').map((row) => row[column] ?? '');
    });
    expect(rows).toEqual([`\`${actual}\``]);
  });
});
