// The Teams app icons, drawn in code at build time (`npm run teams:package -- --icons`): color.png
// (192×192, white Kafka-style node graph on the accent color) and outline.png (32×32, the same graph
// in white on transparent), encoded with pngjs.
import { PNG } from 'pngjs';

/** Manifest accentColor and the color icon's background. */
export const ACCENT = [0x1f, 0x4e, 0x79] as const;

/** An 8-bit RGBA PNG (pngjs) from `size`×`size` pixels given row by row, 4 bytes each. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  rgba.copy(png.data);
  // Unfiltered rows at the highest compression: small, and byte-for-byte the same on every run.
  return PNG.sync.write(png, { colorType: 6, filterType: 0, deflateLevel: 9 });
}

// The graph in unit coordinates: three brokers in a column, two to the right, joined to the middle one.
const NODES: Array<[number, number]> = [
  [0.38, 0.2],
  [0.38, 0.5],
  [0.38, 0.8],
  [0.68, 0.33],
  [0.68, 0.67],
];
const EDGES: Array<[number, number]> = [
  [0, 1],
  [1, 2],
  [1, 3],
  [1, 4],
];

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
