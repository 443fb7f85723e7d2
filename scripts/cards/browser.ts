// Headless Chromium for `npm run cards`: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by
// playwright-core with the flags the developers' guide names and a throw-away profile. Says what is
// missing instead of failing obscurely.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  page(width: number): Promise<Page>;
  close(): Promise<void>;
}

/** Start Chromium; throws a message naming what to install when it or playwright-core is missing. */
export async function startChromium(): Promise<Chromium> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: run npm ci (it is a devDependency)');
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kafka-bot-cards-'));
  // A fresh profile (--user-data-dir) is what a persistent context is; playwright adds --headless itself.
  const context: BrowserContext = await playwright.chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS.filter((flag) => flag !== '--headless'),
    deviceScaleFactor: 1,
  });
  return {
    async page(width) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
