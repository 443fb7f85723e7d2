// The Dockerfile cannot be built here (no Docker engine, no registry), so this checks what can be
// checked without one: everything it copies exists and is not kept out by .dockerignore, the build
// copies every folder the compiler reads, the image runs what `npm start` runs as a non-root user
// with the data folder as a volume, and its HEALTHCHECK command really answers for a live admin server.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAdminServer } from '../adapters/http/admin.js';

const root = new URL('../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

/** Instructions per stage: continuation lines joined, comments dropped. */
function stages(dockerfile: string): Array<Array<{ op: string; args: string }>> {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n');
  const result: Array<Array<{ op: string; args: string }>> = [];
  for (const line of lines) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, op = '', args = ''] = match;
    if (op === 'FROM') result.push([]);
    result.at(-1)?.push({ op, args: args.trim() });
  }
  return result;
}

const all = stages(read('Dockerfile'));
const runtime = all.at(-1) ?? [];
const ignored = read('.dockerignore')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));

describe('Dockerfile (unbuilt here: checked without Docker)', () => {
  it('says plainly that it has not been built', () => {
    expect(read('Dockerfile')).toMatch(/UNBUILT/);
  });

  it('copies only files that exist and that .dockerignore lets in', () => {
    const sources = all.flat().flatMap(({ op, args }) => {
      if (op !== 'COPY' || args.includes('--from=')) return [];
      const parts = args.split(/\s+/).filter((p) => !p.startsWith('--'));
      return parts.slice(0, -1);
    });
    expect(sources.length).toBeGreaterThan(4);
    for (const source of sources) {
      expect(existsSync(new URL(source, root)), source).toBe(true);
      expect(ignored, source).not.toContain(source.split('/')[0]);
    }
  });

  it('the build stage copies every folder the compiler reads', () => {
    const build = all[0] ?? [];
    const copied = build.filter((i) => i.op === 'COPY').map((i) => i.args.split(/\s+/)[0]);
    const include = (JSON.parse(read('tsconfig.build.json')) as { include: string[] }).include;
    for (const folder of include) expect(copied, folder).toContain(folder);
    expect(build.some((i) => i.op === 'RUN' && i.args.includes('npm run build'))).toBe(true);
  });

  it('runs what npm start runs, as a non-root user, with DATA_DIR as a volume', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    const entry = start.split(/\s+/).at(-1)!;
    expect(runtime.find((i) => i.op === 'CMD')?.args).toBe(`["node", "${entry}"]`);
    const user = runtime.find((i) => i.op === 'USER')?.args;
    expect(user).toBeTruthy();
    expect(user).not.toMatch(/^(root|0)$/);
    const dataDir = /DATA_DIR=(\S+)/.exec(runtime.find((i) => i.op === 'ENV')?.args ?? '')?.[1];
    expect(runtime.find((i) => i.op === 'VOLUME')?.args).toBe(`["${dataDir}"]`);
  });

  it('its HEALTHCHECK command succeeds against a live admin server and fails when none listens', async () => {
    const check = runtime.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    const command = JSON.parse(check.slice(check.indexOf('CMD') + 3)) as string[];
    expect(command[0]).toBe('node');
    const admin = createAdminServer({ ready: async () => true });
    const port = await admin.listen(0, '127.0.0.1');
    // Not spawnSync: the admin server answering it lives in this process's event loop.
    const run = (adminPort: number) =>
      new Promise<number | null>((resolve) => {
        const child = execFile(process.execPath, command.slice(1), { env: { PATH: process.env.PATH, ADMIN_PORT: String(adminPort) } });
        child.on('exit', (code) => resolve(code));
      });
    try {
      expect(await run(port)).toBe(0);
    } finally {
      await admin.close();
    }
    expect(await run(port)).toBe(1);
  });
});
