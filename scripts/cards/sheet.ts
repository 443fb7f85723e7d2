// Every screenshot of one surface and width on one page, named, to look at the whole set at once.
import type { Page } from 'playwright-core';

export async function contactSheet(page: Page, shots: Map<string, Buffer>): Promise<Buffer> {
  const tiles = [...shots]
    .map(([id, png]) => `<figure><figcaption>${id}</figcaption><img src="data:image/png;base64,${png.toString('base64')}"></figure>`)
    .join('');
  await page.setContent(
    '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:8px;display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start;' +
      'font:12px sans-serif;background:#ddd}figure{margin:0;background:#fff}figcaption{padding:2px 4px;background:#333;color:#fff}' +
      `img{display:block}</style></head><body>${tiles}</body></html>`,
  );
  return page.screenshot({ fullPage: true });
}
