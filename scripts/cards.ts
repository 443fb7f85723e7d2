// `npm run cards`: every reply kind as users see it. Teams cards drawn by Microsoft's Adaptive Cards
// renderer with Teams' light host config at 450 px and at phone width (320 px), Slack payloads in a
// Block Kit mock-up (560 and 360 px), the console's text at 60/80/120 columns; written to out/cards/
// (git-ignored). Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and the dev dependencies.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { galleryReplies } from './cards/gallery.js';
import { surfaces } from './cards/surfaces.js';
import { startChromium } from './cards/browser.js';
import { teamsScreenshots } from './cards/teams-page.js';
import { slackScreenshots } from './cards/slack-page.js';
import { contactSheet } from './cards/sheet.js';

const OUT = path.resolve(process.argv[2] ?? 'out/cards');
const TEAMS_WIDTHS = [450, 320];
const SLACK_WIDTHS = [560, 360];

async function main(): Promise<void> {
  const { teams, slack, consoles } = surfaces(await galleryReplies());
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of ['teams', 'slack', 'console']) mkdirSync(path.join(OUT, dir), { recursive: true });
  for (const [name, text] of consoles) writeFileSync(path.join(OUT, 'console', `${name}.txt`), text);
  writeFileSync(path.join(OUT, 'teams', 'payloads.json'), JSON.stringify(teams, null, 2));
  writeFileSync(path.join(OUT, 'slack', 'payloads.json'), JSON.stringify(slack, null, 2));
  const chromium = await startChromium();
  try {
    for (const width of TEAMS_WIDTHS) {
      const shots = await teamsScreenshots(await chromium.page(width + 80), teams, width);
      for (const [id, png] of shots) writeFileSync(path.join(OUT, 'teams', `${id}-${width}.png`), png);
      writeFileSync(path.join(OUT, `teams-sheet-${width}.png`), await contactSheet(await chromium.page(1800), shots));
    }
    for (const width of SLACK_WIDTHS) {
      const shots = await slackScreenshots(await chromium.page(width + 40), slack, width);
      for (const [id, png] of shots) writeFileSync(path.join(OUT, 'slack', `${id}-${width}.png`), png);
      writeFileSync(path.join(OUT, `slack-sheet-${width}.png`), await contactSheet(await chromium.page(1800), shots));
    }
  } finally {
    await chromium.close();
  }
  process.stdout.write(`cards: ${teams.length} Teams, ${slack.length} Slack, ${consoles.size} console views in ${OUT}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`cards: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
