// `npm run eval`: grades ../shared/eval/questions.jsonl (or `--set FILE`) the way the held-out sets
// are graded: kind must match, every group of alternatives must appear in the text (case- and
// space-insensitive), answers <= 700 chars, comparisons <= 1600. Prints figures per class and kind
// (a question's optional `class` field) and exits 1 on any failure.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createRuntime, loadConfig } from '../../src/index.js';

const Question = z.object({
  id: z.string().optional(),
  class: z.string().optional(),
  q: z.string(),
  kind: z.enum(['answer', 'comparison', 'no_answer', 'help', 'suggest']),
  all: z.array(z.array(z.string()).min(1)).optional(),
});
const LIMITS: Record<string, number> = { answer: 700, comparison: 1600 };
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const USAGE = 'usage: npm run eval -- [--set FILE] [--knowledge DIR]... [--verbose]\n';

/** Several --knowledge folders (or single notes) are graded as one folder holding all their notes. */
function knowledgeDir(dirs: string[], fallback: string): { dir: string; cleanup: () => void } {
  if (dirs.length === 0) return { dir: fallback, cleanup: () => {} };
  if (dirs.length === 1 && statSync(dirs[0]!).isDirectory()) return { dir: dirs[0]!, cleanup: () => {} };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-eval-'));
  const dir = path.join(tmp, 'knowledge');
  for (const d of dirs) cpSync(d, statSync(d).isFile() ? path.join(dir, path.basename(d)) : dir, { recursive: true });
  return { dir, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** How a question went, beyond pass/fail: the failure classes the team tracks. */
function outcomeOf(expected: string, got: string, ok: boolean): 'right' | 'refused' | 'offTopicAnswered' | 'wrong' {
  if (ok) return 'right';
  if (expected === 'no_answer') return got === 'no_answer' ? 'wrong' : 'offTopicAnswered';
  return got === 'no_answer' || got === 'suggest' ? 'refused' : 'wrong';
}

/** "right 90, refused though answerable 3 (3.3% of 92 answerable), answered though off-topic 1 (5.0% of 20), wrong section 6". */
function outcomeLine(
  o: Record<'right' | 'refused' | 'offTopicAnswered' | 'wrong', number> & { answerable: number; offTopic: number },
): string {
  const share = (n: number, of: number, what: string) => `${n} (${of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`} of ${of} ${what})`;
  return [
    `  outcomes: right ${o.right}`,
    `refused though answerable ${share(o.refused, o.answerable, 'answerable')}`,
    `answered though off-topic ${share(o.offTopicAnswered, o.offTopic, 'off-topic')}`,
    `wrong section ${o.wrong}`,
  ].join(', ');
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        set: { type: 'string' },
        file: { type: 'string' },
        knowledge: { type: 'string', multiple: true },
        verbose: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { values } = parsed;
  let root = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
  const file = values.set ?? values.file ?? path.resolve(root, '../shared/eval/questions.jsonl');
  if (!existsSync(file)) {
    process.stdout.write(`eval SKIPPED: ${file} not found (../shared is only beside a developer's or CI's checkout)\n`);
    return;
  }
  const config = loadConfig();
  const knowledge = knowledgeDir(values.knowledge ?? [], path.join(root, 'knowledge'));
  config.knowledgeDir = knowledge.dir;
  // A merged temporary folder is new every run: its snapshot could never be used again.
  if (knowledge.dir !== (values.knowledge?.[0] ?? path.join(root, 'knowledge'))) config.knowledgeSnapshot = false;
  // One question at a time, nothing to ack: an answer worker would only load the notes twice.
  const runtime = await createRuntime(config, { storeKind: 'memory', answerWorkers: 0 });
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const failures: string[] = [];
  const tally = new Map<string, { pass: number; total: number }>();
  const count = (key: string, ok: boolean) => {
    const t = tally.get(key) ?? { pass: 0, total: 0 };
    t.total += 1;
    if (ok) t.pass += 1;
    tally.set(key, t);
  };
  const outcomes = { right: 0, refused: 0, offTopicAnswered: 0, wrong: 0, answerable: 0, offTopic: 0 };
  for (const [i, line] of lines.entries()) {
    const parsedLine = Question.safeParse(JSON.parse(line));
    if (!parsedLine.success) throw new Error(`${file}:${i + 1}: ${parsedLine.error.issues[0]?.message}`);
    const q = parsedLine.data;
    if (q.kind === 'no_answer') outcomes.offTopic += 1;
    else if (q.kind === 'answer' || q.kind === 'comparison') outcomes.answerable += 1;
    const reply = await runtime.assistant.handle({ platform: 'cli', userId: `eval:${i}`, text: q.q });
    const problems: string[] = [];
    if (reply.kind !== q.kind) problems.push(`kind ${reply.kind} != ${q.kind}`);
    for (const group of q.all ?? []) {
      if (!group.some((alt) => squash(reply.text).includes(squash(alt)))) problems.push(`missing one of ${JSON.stringify(group)}`);
    }
    const limit = LIMITS[q.kind];
    if (limit && reply.text.length > limit) problems.push(`${reply.text.length} chars > ${limit}`);
    const ok = problems.length === 0;
    outcomes[outcomeOf(q.kind, reply.kind, ok)] += 1;
    count(`kind ${q.kind}`, ok);
    if (q.class) count(`class ${q.class}`, ok);
    if (!ok) failures.push(`FAIL ${q.id ?? i + 1} "${q.q}": ${problems.join('; ')}\n${reply.text.replace(/^/gm, '    ')}`);
    else if (values.verbose) process.stdout.write(`ok   ${q.id ?? i + 1} "${q.q}" (${reply.kind}, ${reply.text.length} chars)\n`);
  }
  await runtime.close();
  knowledge.cleanup();
  for (const f of failures) process.stdout.write(`${f}\n`);
  if (tally.size > 1) {
    const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
    process.stdout.write(`${rows.map(([k, t]) => `  ${k.padEnd(20)} ${t.pass}/${t.total}`).join('\n')}\n`);
  }
  process.stdout.write(`${outcomeLine(outcomes)}\n`);
  process.stdout.write(`eval: ${lines.length - failures.length}/${lines.length} pass\n`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval error: ${String(error)}\n`);
  process.exitCode = 1;
});
