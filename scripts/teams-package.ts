// `npm run teams:package`: teams/manifest.json with MICROSOFT_APP_ID as the bot id, zipped with the
// icons into teams/build/kafka-bot-teams.zip for Teams (Apps → Manage your apps → Upload a custom app).
// `--icons` redraws teams/color.png and teams/outline.png first (they are also drawn when missing).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillManifest, zip } from './teams/app-package.js';
import { colorIcon, outlineIcon } from './teams/icons.js';
import { isKafkaBotError, loadConfig } from '../src/index.js';

const dir = join(process.cwd(), 'teams');
const out = join(dir, 'build', 'kafka-bot-teams.zip');

function main(): void {
  const appId = loadConfig().teams?.appId;
  if (!appId) throw new Error("MICROSOFT_APP_ID is not set: the package needs the bot's Azure app id");
  const icons = { 'color.png': colorIcon, 'outline.png': outlineIcon };
  for (const [name, draw] of Object.entries(icons)) {
    const path = join(dir, name);
    if (process.argv.includes('--icons') || !existsSync(path)) writeFileSync(path, draw());
  }
  const manifest = fillManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>, appId);
  mkdirSync(join(dir, 'build'), { recursive: true });
  writeFileSync(
    out,
    zip([
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
      ...Object.keys(icons).map((name) => ({ name, data: readFileSync(join(dir, name)) })),
    ]),
  );
  console.log(`wrote ${out} (bot id ${appId})`);
}

try {
  main();
} catch (error) {
  console.error(`teams:package: ${isKafkaBotError(error) || error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
