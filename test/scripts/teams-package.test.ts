// The Teams app package: manifest.json (v1.25, official schema when available, bot id filled from
// MICROSOFT_APP_ID, the app's own id from TEAMS_APP_ID or the bot's, never a GUID the template fixes),
// the icons' sizes and transparency, and a zip that really unpacks (read here with node:zlib alone,
// not the libraries that wrote it), as `npm run teams:package` writes it with MICROSOFT_APP_ID alone.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync, inflateSync } from 'node:zlib';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ID, exampleDeveloperFields, fillManifest, zip } from '../../scripts/teams/app-package.js';
import { packageSettings } from '../../scripts/teams/settings.js';
import { outlineIcon } from '../../scripts/teams/icons.js';
import { SEARCH_COMMAND_ID } from '../../adapters/teams/message-extension.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('teams/manifest.json', root), 'utf8')) as Record<string, unknown> & {
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
};
const APP_ID = '11111111-2222-3333-4444-555555555555';
const TEAMS_APP_ID = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const IDS = { botId: APP_ID, appId: APP_ID };

const SCHEMAS = [
  new URL('../shared/schemas/teams-manifest-v1.25.schema.json', root),
  new URL('node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.25/MicrosoftTeams.schema.json', root),
];
const schemaFile = SCHEMAS.find((u) => existsSync(u));
if (!schemaFile) {
  console.warn(
    `SKIPPED: ../shared not found: Teams manifest schema check (no v1.25 schema at ${SCHEMAS.map((u) => u.pathname).join(' or ')})`,
  );
}

/** Entries of a zip, read from its local headers. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (archive.readUInt32LE(at) === 0x04034b50) {
    const packed = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    files.set(name, inflateRawSync(archive.subarray(start, start + packed)));
    at = start + packed;
  }
  return files;
}

/** Width, height, colour type and (for unfiltered rows) RGBA pixels of a PNG. */
function readPng(png: Buffer): { width: number; height: number; colorType: number; rgba?: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colorType = png.readUInt8(25);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rows = Array.from({ length: height }, (_, y) => raw.subarray(y * stride, (y + 1) * stride));
  if (colorType !== 6 || rows.some((r) => r[0] !== 0)) return { width, height, colorType };
  return { width, height, colorType, rgba: Buffer.concat(rows.map((r) => r.subarray(1))) };
}

describe('Teams app package', () => {
  it('is a v1.25 manifest for a bot in personal, team and group chat with help, quiz, stats', () => {
    expect(manifest.manifestVersion).toBe('1.25');
    expect(manifest.$schema).toContain('/v1.25/MicrosoftTeams.schema.json');
    const bot = manifest.bots[0];
    expect(bot?.botId).toBe(PLACEHOLDER_ID);
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.commandLists[0]?.commands.map((c) => c.title)).toEqual(['help', 'quiz', 'stats']);
  });

  it.skipIf(!schemaFile)('validates against the official v1.25 schema, before and after filling the bot id', () => {
    // a CommonJS module: under NodeNext its class is the `default` property
    const ajv = new ajvDraft04.default({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile!, 'utf8')) as object);
    for (const candidate of [manifest, fillManifest(manifest, IDS)]) {
      const ok = validate(candidate);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
    }
    expect(validate({ ...manifest, manifestVersion: '1.17' })).toBe(false);
  });

  it('declares the search message extension the bot answers (query command searchNotes)', () => {
    const extensions = manifest.composeExtensions as Array<{ botId: string; commands: Array<Record<string, unknown>> }>;
    expect(extensions).toHaveLength(1);
    expect(extensions[0]?.botId).toBe(PLACEHOLDER_ID);
    expect(extensions[0]?.commands).toEqual([expect.objectContaining({ id: SEARCH_COMMAND_ID, type: 'query' })]);
    const parameters = extensions[0]?.commands[0]?.parameters as Array<{ name: string }>;
    expect(parameters.map((p) => p.name)).toEqual(['searchQuery']);
  });

  it('fills the bot ids and the app id; the template fixes no real app id', () => {
    expect(manifest.id).toBe(PLACEHOLDER_ID);
    const filled = fillManifest(manifest, { botId: APP_ID, appId: TEAMS_APP_ID });
    expect(filled).toMatchObject({ id: TEAMS_APP_ID, bots: [{ botId: APP_ID }], composeExtensions: [{ botId: APP_ID }] });
    expect(manifest.bots[0]?.botId).toBe(PLACEHOLDER_ID);
    expect(exampleDeveloperFields(manifest)).toEqual(['developer.websiteUrl', 'developer.privacyUrl', 'developer.termsOfUseUrl']);
  });

  it('needs MICROSOFT_APP_ID only (no password, tenant or Slack variable); TEAMS_APP_ID overrides the app id', () => {
    expect(packageSettings({ MICROSOFT_APP_ID: APP_ID })).toEqual({ botId: APP_ID, appId: APP_ID });
    expect(packageSettings({ MICROSOFT_APP_ID: APP_ID, TEAMS_APP_ID, PORT: 'not-read', SLACK_BOT_TOKEN: 'x' })).toEqual({
      botId: APP_ID,
      appId: TEAMS_APP_ID,
    });
    expect(() => packageSettings({})).toThrow(
      /MICROSOFT_APP_ID is required: the Application \(client\) ID of the bot's Azure app \(the password is not needed\)/,
    );
    const secretish = 'my-bot-not-a-guid';
    const fromFile = new Set(['TEAMS_APP_ID']);
    let message = '';
    try {
      packageSettings({ MICROSOFT_APP_ID: secretish, TEAMS_APP_ID: secretish }, { fromFile });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      "invalid configuration: MICROSOFT_APP_ID must be a GUID (the Application (client) ID of the bot's Azure app); " +
        'TEAMS_APP_ID must be a GUID (the Teams app id, unique to your organisation) (from .env)',
    );
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(readFileSync(new URL('teams/color.png', root)));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(readFileSync(new URL('teams/outline.png', root)));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const rgba = outline.rgba ?? readPng(outlineIcon()).rgba!;
    const alphas = new Set<number>();
    for (let i = 0; i < rgba.length; i += 4) {
      alphas.add(rgba[i + 3] ?? -1);
      if ((rgba[i + 3] ?? 0) > 0) expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
  });

  it('zips the filled manifest and icons into an archive that unpacks to the same bytes', () => {
    const icon = readFileSync(new URL('teams/color.png', root));
    const json = Buffer.from(JSON.stringify(fillManifest(manifest, IDS)));
    const files = unzip(
      zip([
        { name: 'manifest.json', data: json },
        { name: 'color.png', data: icon },
      ]),
    );
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png']);
    expect(files.get('manifest.json')?.equals(json)).toBe(true);
    expect(files.get('color.png')?.equals(icon)).toBe(true);
  });

  /** `npm run teams:package` (the script under tsx) in a folder of its own holding a copy of teams/manifest.json. */
  function runPackage(args: string[], env: Record<string, string>, dotEnv?: string) {
    const work = mkdtempSync(join(tmpdir(), 'teams-package-'));
    cpSync(fileURLToPath(new URL('teams/manifest.json', root)), join(work, 'teams', 'manifest.json'));
    if (dotEnv !== undefined) writeFileSync(join(work, '.env'), dotEnv);
    const script = fileURLToPath(new URL('scripts/teams-package.ts', root));
    // tsx's loader by URL: the package is run from a folder of its own, outside this repo.
    const tsx = new URL('node_modules/tsx/dist/loader.mjs', root).href;
    const run = spawnSync(process.execPath, ['--import', tsx, script, ...args], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
    return { work, status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('without MICROSOFT_APP_ID it says what is missing, reading .env like the bot (its bad lines named)', () => {
    const run = runPackage([], {}, 'MICROSOFT_APP_PASSWORD=secret-value\nnot a line\nTEAMS_APP_ID=nope\n');
    try {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('warning: .env line 2 is not NAME=value and was ignored');
      expect(run.stderr).toContain('teams:package: invalid configuration: MICROSOFT_APP_ID is required');
      expect(run.stderr).toContain('TEAMS_APP_ID must be a GUID (the Teams app id, unique to your organisation) (from .env)');
      expect(run.stderr).not.toContain('secret-value');
      expect(existsSync(join(run.work, 'teams', 'build'))).toBe(false);
    } finally {
      rmSync(run.work, { recursive: true, force: true });
    }
  });

  it('`teams:package --icons` with only MICROSOFT_APP_ID: icons drawn, a zip whose manifest has the ids and validates', () => {
    const { work, ...run } = runPackage(['--icons'], { MICROSOFT_APP_ID: APP_ID });
    try {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Teams app id ${APP_ID}, bot id ${APP_ID}`);
      expect(run.stdout).toContain('still point at example.com');
      const files = unzip(readFileSync(join(work, 'teams', 'build', 'kafka-bot-teams.zip')));
      expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
      const packed = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { id: string; bots: Array<{ botId: string }> };
      expect(packed.id).toBe(APP_ID);
      expect(packed.bots[0]?.botId).toBe(APP_ID);
      expect(readPng(files.get('color.png')!)).toMatchObject({ width: 192, height: 192, colorType: 6 });
      expect(readPng(files.get('outline.png')!)).toMatchObject({ width: 32, height: 32, colorType: 6 });
      expect(files.get('outline.png')?.equals(outlineIcon())).toBe(true);
      // Without ../shared the schema half is skipped, said once at the top of this file (SKIPPED: …).
      if (schemaFile) {
        const validate = new ajvDraft04.default({ strict: false, allErrors: true, validateFormats: false }).compile(
          JSON.parse(readFileSync(schemaFile, 'utf8')) as object,
        );
        const ok = validate(packed);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
