// The Teams app icons, drawn in code: color.png (192×192, white Kafka-style node graph on the accent
// color) and outline.png (32×32, the same graph in white on transparent). Also the PNG encoder.
import { deflateSync } from 'node:zlib';

/** Manifest accentColor and the color icon's background. */
export const ACCENT = [0x1f, 0x4e, 0x79] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (as PNG chunks and zip entries use it). */
export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An 8-bit RGBA PNG from `size`×`size` pixels given row by row, 4 bytes each. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The graph in unit coordinates: three brokers in a column, two to the right, joined to the middle one.
const NODES: Array<[number, number]> = [[0.38, 0.2], [0.38, 0.5], [0.38, 0.8], [0.68, 0.33], [0.68, 0.67]];
const EDGES: Array<[number, number]> = [[0, 1], [1, 2], [1, 3], [1, 4]];

function segmentDistance(px: number, py: number, a: [number, number], b: [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function onGlyph(x: number, y: number, nodeRadius: number, lineHalfWidth: number): boolean {
  if (NODES.some(([nx, ny]) => Math.hypot(x - nx, y - ny) <= nodeRadius)) return true;
  return EDGES.some(([i, j]) => segmentDistance(x, y, NODES[i] ?? [0, 0], NODES[j] ?? [0, 0]) <= lineHalfWidth);
}

/** White glyph coverage (0..1) per pixel, 4×4 supersampled. */
function coverage(size: number, nodeRadius: number, lineHalfWidth: number): number[] {
  const out: number[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let s = 0; s < 16; s++) {
        if (onGlyph((x + ((s % 4) + 0.5) / 4) / size, (y + (Math.floor(s / 4) + 0.5) / 4) / size, nodeRadius, lineHalfWidth)) hits++;
      }
      out.push(hits / 16);
    }
  }
  return out;
}

/** color.png: 192×192, white glyph on the accent color. */
export function colorIcon(): Buffer {
  const size = 192;
  const pixels = Buffer.alloc(size * size * 4);
  coverage(size, 0.085, 0.028).forEach((c, i) => {
    ACCENT.forEach((channel, k) => (pixels[i * 4 + k] = Math.round(channel + (255 - channel) * c)));
    pixels[i * 4 + 3] = 255;
  });
  return encodePng(size, pixels);
}

/** outline.png: 32×32, white glyph on transparent (Teams requires white + transparency only). */
export function outlineIcon(): Buffer {
  const size = 32;
  const pixels = Buffer.alloc(size * size * 4);
  coverage(size, 0.1, 0.045).forEach((c, i) => {
    pixels.fill(255, i * 4, i * 4 + 3);
    pixels[i * 4 + 3] = Math.round(255 * c);
  });
  return encodePng(size, pixels);
}
