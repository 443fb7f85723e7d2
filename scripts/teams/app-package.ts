// The Teams app package: teams/manifest.json with the real bot id filled in, zipped with the two icons
// (what `npm run teams:package` writes and an admin uploads), the zip written by fflate.
import { zipSync, type Zippable } from 'fflate';
import { KafkaBotError } from '../../src/index.js';

/** The bot id teams/manifest.json carries until packaging replaces it with MICROSOFT_APP_ID. */
export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

type Manifest = Record<string, unknown> & { bots?: Array<Record<string, unknown>>; composeExtensions?: Array<Record<string, unknown>> };

/** The manifest with every placeholder bot id (bots, message extensions) replaced by `appId` (a GUID, as Azure issues them). */
export function fillManifest(template: Manifest, appId: string): Manifest {
  if (!GUID.test(appId)) {
    throw new KafkaBotError('CONFIG_INVALID', 'invalid configuration: MICROSOFT_APP_ID must be a GUID to package the Teams app');
  }
  const fill = (entry: Record<string, unknown>) => (entry.botId === PLACEHOLDER_BOT_ID ? { ...entry, botId: appId } : entry);
  const bots = (template.bots ?? []).map(fill);
  return template.composeExtensions
    ? { ...template, bots, composeExtensions: template.composeExtensions.map(fill) }
    : { ...template, bots };
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
