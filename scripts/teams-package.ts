// `npm run teams:package`: teams/manifest.json with the Teams app id (TEAMS_APP_ID, default the bot's)
// and MICROSOFT_APP_ID as the bot id, zipped with the icons into teams/build/kafka-bot-teams.zip for
// Teams (Apps → Manage your apps → Upload an app). Needs only what the package holds: no password.
// Reads `.env` like the bot. `--icons` redraws teams/color.png and teams/outline.png first (they are
// also drawn when missing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleDeveloperFields, fillManifest, zip } from './teams/app-package.js';
import { colorIcon, outlineIcon } from './teams/icons.js';
import { packageSettings } from './teams/settings.js';
import { isKafkaBotError, loadEnvFile } from '../src/index.js';

const dir = join(process.cwd(), 'teams');
const out = join(dir, 'build', 'kafka-bot-teams.zip');

function main(): void {
  const dotEnv = loadEnvFile();
  for (const warning of dotEnv.warnings) console.error(`warning: ${warning}`);
  const ids = packageSettings(process.env, dotEnv);
  const icons = { 'color.png': colorIcon, 'outline.png': outlineIcon };
  for (const [name, draw] of Object.entries(icons)) {
    const path = join(dir, name);
    if (process.argv.includes('--icons') || !existsSync(path)) writeFileSync(path, draw());
  }
  const manifest = fillManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>, ids);
  mkdirSync(join(dir, 'build'), { recursive: true });
  writeFileSync(
    out,
    zip([
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
      ...Object.keys(icons).map((name) => ({ name, data: readFileSync(join(dir, name)) })),
    ]),
  );
  console.log(`wrote ${out} (Teams app id ${ids.appId}, bot id ${ids.botId}, version ${String(manifest.version)})`);
  const examples = exampleDeveloperFields(manifest);
  if (examples.length > 0) {
    console.log(
      `note: ${examples.join(', ')} in teams/manifest.json still point at example.com; fine for trying it, edit before publishing.`,
    );
  }
}

try {
  main();
} catch (error) {
  console.error(`teams:package: ${isKafkaBotError(error) || error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
