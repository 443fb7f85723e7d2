// The Teams app package: teams/manifest.json with the real bot id filled in, zipped with the two icons
// (what `npm run teams:package` writes and an admin uploads). The zip writer is a minimal deflate one.
import { deflateRawSync } from 'node:zlib';
import { KafkaBotError } from '../../src/index.js';
import { crc32 } from './icons.js';

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
  return template.composeExtensions ? { ...template, bots, composeExtensions: template.composeExtensions.map(fill) } : { ...template, bots };
}

/** One file in a zip. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** A zip archive (deflated entries, fixed 1980-01-01 timestamps so the same input gives the same bytes). */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, crc, packed.length, entry.data.length, name.length);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeCommon(central, 6, crc, packed.length, entry.data.length, name.length);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Version, flags, method, time, date, crc, sizes, name length: shared by local and central headers. */
function writeCommon(header: Buffer, at: number, crc: number, packed: number, size: number, nameLength: number): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0, at + 2); // flags
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(0, at + 6); // 00:00:00
  header.writeUInt16LE((0 << 9) | (1 << 5) | 1, at + 8); // 1980-01-01
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(packed, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}
