// `npm run eval`: grades ../shared/eval/questions.jsonl (or --file F) the way the held-out set is
// graded: kind must match, every group of alternatives must appear in the text (case- and
// space-insensitive), answers <= 700 chars, comparisons <= 1600. Exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { createRuntime } from '../runtime.js';

const Question = z.object({
  id: z.string().optional(),
  q: z.string(),
  kind: z.enum(['answer', 'comparison', 'no_answer', 'help']),
  all: z.array(z.array(z.string()).min(1)).optional(),
});
const LIMITS: Record<string, number> = { answer: 700, comparison: 1600 };
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: 'string' }, knowledge: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } });
  let root = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  const file = values.file ?? path.resolve(root, '../shared/eval/questions.jsonl');
  if (!existsSync(file)) {
    process.stdout.write(`eval SKIPPED: ${file} not found (../shared is only beside a developer's or CI's checkout)\n`);
    return;
  }
  const config = loadConfig();
  config.knowledgeDir = values.knowledge ?? path.join(root, 'knowledge');
  const runtime = await createRuntime(config, { storeKind: 'memory' });
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const failures: string[] = [];
  for (const [i, line] of lines.entries()) {
    const parsed = Question.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    const q = parsed.data;
    const reply = await runtime.assistant.handle({ platform: 'cli', userId: `eval:${i}`, text: q.q });
    const problems: string[] = [];
    if (reply.kind !== q.kind) problems.push(`kind ${reply.kind} != ${q.kind}`);
    for (const group of q.all ?? []) {
      if (!group.some((alt) => squash(reply.text).includes(squash(alt)))) problems.push(`missing one of ${JSON.stringify(group)}`);
    }
    const limit = LIMITS[q.kind];
    if (limit && reply.text.length > limit) problems.push(`${reply.text.length} chars > ${limit}`);
    if (problems.length > 0) failures.push(`FAIL ${q.id ?? i + 1} "${q.q}": ${problems.join('; ')}\n${reply.text.replace(/^/gm, '    ')}`);
    else if (values.verbose) process.stdout.write(`ok   ${q.id ?? i + 1} "${q.q}" (${reply.kind}, ${reply.text.length} chars)\n`);
  }
  await runtime.close();
  for (const f of failures) process.stdout.write(`${f}\n`);
  process.stdout.write(`eval: ${lines.length - failures.length}/${lines.length} pass\n`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval error: ${String(error)}\n`);
  process.exitCode = 1;
});
