// `node dist/bench/dump-answers.js --set FILE [--knowledge DIR]...`: one JSON line per question
// (kind, text and source locations), so a change meant to be behaviour-neutral (issue 14's lean
// query path, snapshots) can be diffed answer by answer against a dump taken before it.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/ops/config.js';
import { createRuntime } from '../src/ops/runtime.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { set: { type: 'string' }, knowledge: { type: 'string', multiple: true } } });
  if (!values.set) throw new Error('usage: dump-answers --set FILE [--knowledge DIR]...');
  const dirs = values.knowledge ?? ['knowledge'];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-dump-'));
  const dir = path.join(tmp, 'knowledge');
  for (const d of dirs) cpSync(d, statSync(d).isFile() ? path.join(dir, path.basename(d)) : dir, { recursive: true });
  const config = loadConfig();
  config.knowledgeDir = dir;
  config.knowledgeSnapshot = false;
  const runtime = await createRuntime(config, { storeKind: 'memory' });
  const lines = readFileSync(values.set, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    const { q } = JSON.parse(line) as { q: string };
    const reply = await runtime.assistant.handle({ platform: 'cli', userId: `dump:${i}`, text: q });
    const sources = reply.sources.map((s) => `${s.file}:${s.line}`);
    process.stdout.write(`${JSON.stringify({ q, kind: reply.kind, sources, text: reply.text })}\n`);
  }
  await runtime.close();
  rmSync(tmp, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`dump-answers failed: ${String(error)}\n`);
  process.exitCode = 1;
});
