// The core knows no platform: nothing under src/ imports a chat SDK or an adapter, and adapters
// reach the core only through src/index.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
const imports = (file: string) =>
  [...readFileSync(path.join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture boundary', () => {
  it('src/ imports no chat SDK and no adapter', () => {
    for (const file of files('src')) {
      for (const spec of imports(file)) {
        expect(spec, file).not.toMatch(/^@slack\/|^botbuilder|^botframework|adapters\//);
      }
    }
  });

  it('adapters import the core only through src/index.js', () => {
    for (const file of files('adapters')) {
      for (const spec of imports(file).filter((s) => s.includes('/src/'))) {
        expect(spec, file).toMatch(/\/src\/index\.js$/);
      }
    }
  });
});
