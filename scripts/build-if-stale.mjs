// Runs `npm start`/`ask`/`eval`/`gaps` (and checks before `bench`): compiles only when a source is
// newer than the last successful build. A stat walk takes milliseconds where loading the compiler to
// learn that nothing changed takes a second; `tsc -b` with build info then recompiles only what changed.
// `node scripts/build-if-stale.mjs dist/adapters/cli/ask.js ARGS…` then runs that compiled entry in
// this same process, as `node dist/adapters/cli/ask.js ARGS…` would (one Node start, not two).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built');
const SOURCES = ['src', 'adapters', 'bench', 'scripts'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Newest mtime of the build's inputs (a deleted file changes its folder's mtime). */
function newestInput() {
  let newest = 0;
  for (const config of CONFIGS) newest = Math.max(newest, mtime(path.join(root, config)) ?? 0);
  const walk = (dir) => {
    newest = Math.max(newest, mtime(dir) ?? 0);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, mtime(full) ?? 0);
    }
  };
  for (const dir of SOURCES) walk(path.join(root, dir));
  return newest;
}

const built = mtime(stamp);
if (built === undefined || newestInput() > built) {
  const started = Date.now();
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(path.dirname(stamp), { recursive: true });
  // The stamp is the time the build started: a file saved during the build counts as newer.
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
  utimesSync(stamp, new Date(started), new Date(started));
}

const [entry, ...args] = process.argv.slice(2);
if (entry) {
  const script = path.resolve(root, entry);
  process.argv = [process.argv[0], script, ...args];
  await import(pathToFileURL(script).href);
}
