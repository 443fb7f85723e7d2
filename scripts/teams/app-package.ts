// The Teams app package: teams/manifest.json with the real ids filled in (the app's own `id`, the bot
// id of the bot and message extension), zipped with the two icons (what `npm run teams:package` writes
// and an admin uploads), the zip written by fflate.
import { zipSync, type Zippable } from 'fflate';
import type { PackageSettings } from './settings.js';

/**
 * The id teams/manifest.json carries wherever packaging puts a real one: the app's `id` and the bot ids.
 * Never a fixed real GUID in the template, so no two organisations upload the same Teams app id.
 */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

type Manifest = Record<string, unknown> & { bots?: Array<Record<string, unknown>>; composeExtensions?: Array<Record<string, unknown>> };

/** The manifest with its `id` set to `ids.appId` and every placeholder bot id (bots, message extensions) to `ids.botId`. */
export function fillManifest(template: Manifest, ids: PackageSettings): Manifest {
  const fill = (entry: Record<string, unknown>) => (entry.botId === PLACEHOLDER_ID ? { ...entry, botId: ids.botId } : entry);
  const bots = (template.bots ?? []).map(fill);
  const filled = { ...template, id: ids.appId, bots };
  return template.composeExtensions ? { ...filled, composeExtensions: template.composeExtensions.map(fill) } : filled;
}

/** Developer fields still at the template's example.com values: fine to try the app, to be edited before publishing. */
export function exampleDeveloperFields(manifest: Manifest): string[] {
  const developer = (manifest.developer ?? {}) as Record<string, unknown>;
  return Object.entries(developer)
    .filter(([, value]) => typeof value === 'string' && /^https:\/\/example\.com\//.test(value))
    .map(([key]) => `developer.${key}`);
}

/** One file in a zip. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Every entry's timestamp, so the same input gives the same bytes (fflate reads it in local time). */
const FIXED_MTIME = new Date(1980, 0, 1);

/** A zip archive (fflate): deflated entries with fixed 1980-01-01 timestamps. */
export function zip(entries: ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [new Uint8Array(entry.data), { level: 9, mtime: FIXED_MTIME }];
  return Buffer.from(zipSync(files));
}
