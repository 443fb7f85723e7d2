// `npm ci` stays quiet about install scripts: npm 11 warns about every locked package with an install
// script that package.json's `allowScripts` does not name (approve or deny), so each one must be named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

/** `node_modules/a/node_modules/@s/b` -> `@s/b`. */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install scripts', () => {
  it('every locked package with an install script is named in allowScripts', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => nameOf(path));
    expect(withScripts.length).toBeGreaterThan(0);
    const named = new Set(Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@.*$/, '')));
    expect(withScripts.filter((name) => !named.has(name))).toEqual([]);
  });
});
