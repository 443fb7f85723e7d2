// manifest.yml is a valid Slack app manifest (official schema, from ../shared/schemas) and asks for
// exactly what the adapter uses: two slash commands, the agent pane, the message shortcut, the
// events it listens to, the minimum scopes.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHORTCUT_CALLBACK_ID } from '../../../adapters/slack/shortcut.js';

const SCHEMA = new URL('../../../../shared/schemas/slack-manifest.schema.1.0.0.json', import.meta.url);
const MANIFEST = new URL('../../../manifest.yml', import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is untyped YAML
const manifest = parse(readFileSync(MANIFEST, 'utf8')) as Record<string, any>;
const haveSchema = existsSync(SCHEMA);
if (!haveSchema)
  console.warn(`SKIPPED: ../shared not found: Slack manifest schema check (no ${SCHEMA.pathname}; manifest.yml NOT validated)`);

describe('manifest.yml', () => {
  it.skipIf(!haveSchema)('validates against the official Slack manifest schema', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('declares the bot, both commands with usage hints, App Home, interactivity and Socket Mode', () => {
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    const commands = manifest.features.slash_commands as Array<{ command: string; usage_hint?: string }>;
    expect(commands.map((c) => c.command)).toEqual(['/kafka', '/kafka-quiz']);
    for (const c of commands) expect(c.usage_hint).toBeTruthy();
    expect(commands[1]?.usage_hint).toContain('count|topic|review|stats|top|help');
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('declares the agent pane and the message shortcut the adapter registers', () => {
    expect(manifest.features.assistant_view.assistant_description).toBeTruthy();
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: SHORTCUT_CALLBACK_ID, name: 'Kafka Bot에게 물어보기' }),
    ]);
  });

  it('subscribes to what the adapter handles and asks for the minimum scopes', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [
        'app_home_opened',
        'app_mention',
        'assistant_thread_context_changed',
        'assistant_thread_started',
        'member_joined_channel',
        'message.channels',
        'message.groups',
        'message.im',
      ].sort(),
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'assistant:write',
        'channels:history',
        'channels:read',
        'chat:write',
        'commands',
        'groups:history',
        'groups:read',
        'im:history',
        'im:write',
        'users:read',
      ].sort(),
    );
  });
});
