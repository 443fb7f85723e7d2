// Knowledge reload without a restart, on a temp copy of knowledge/: an edited note is answered
// from, a broken glossary keeps the last good index and logs file:line, and fixing it reloads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { watchKnowledge, reloadKnowledge, type KnowledgeWatcher } from '../../src/ops/watch.js';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import { createMetrics } from '../../src/ops/metrics.js';
import type { KnowledgeHolder } from '../../src/knowledge/types.js';

const NOTE = 'kafka-cluster-operations.md';
const NEW_SECTION = '\n\n### 주키퍼리스 전환 계획\n\n- 플라밍고 클러스터는 2030년에 크래프트 모드로 전환한다.\n';

let dir: string;
let lines: Array<Record<string, unknown>>;
let watcher: KnowledgeWatcher | undefined;
const logger = () => pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'kb-watch-')), 'knowledge');
  await cp('knowledge', dir, { recursive: true });
  lines = [];
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(path.dirname(dir), { recursive: true, force: true });
});

describe('watchKnowledge', () => {
  it('picks up an edited note, keeps the last good index on a broken glossary, reloads when fixed', async () => {
    const holder: KnowledgeHolder = { current: await loadKnowledge(dir) };
    const metrics = createMetrics();
    watcher = watchKnowledge(holder, dir, { logger: logger(), metrics, debounceMs: 50 });
    await watcher.ready;
    const assistant = createAssistant({ knowledge: holder, store: new MemoryStore(), rateLimitPerMinute: 1000 });
    const ask = () => assistant.handle({ platform: 'cli', userId: 'cli:u', text: '플라밍고 클러스터 크래프트 전환은 언제야?' });

    const first = holder.current;
    expect((await ask()).text).not.toContain('2030');
    await appendFile(path.join(dir, NOTE), NEW_SECTION);
    await until(() => holder.current !== first);
    expect((await ask()).text).toContain('2030');
    // One note changed: re-chunked alone, the index updated in place.
    expect(lines.find((l) => l.msg === 'knowledge reloaded')).toMatchObject({ incremental: true, files: 1 });
    expect(holder.current.search).toBe(first.search);

    const good = holder.current;
    const glossary = path.join(dir, 'glossary.yml');
    const original = await readFile(glossary, 'utf8');
    await writeFile(glossary, `${original}\n- [lonely]\n`);
    await until(() => lines.some((l) => l.msg?.toString().includes('knowledge reload failed')));
    expect(holder.current).toBe(good);
    const failure = lines.find((l) => String(l.msg).includes('knowledge reload failed'))!;
    expect(failure.level).toBe(50);
    expect(String(failure.file)).toMatch(/glossary\.yml$/);
    expect(typeof failure.line).toBe('number');
    expect(String(failure.msg)).toMatch(/glossary\.yml:\d+/);
    expect((await ask()).text).toContain('2030');
    expect(await metrics.metrics()).toContain('kafka_bot_knowledge_reload_failures_total 1');

    await writeFile(glossary, original);
    await until(() => holder.current !== good);
    expect(holder.current.glossary.length).toBe(good.glossary.length);
    expect((await ask()).text).toContain('2030');
  });

  it('reloads quiz items the same way, and reload() is the manual (SIGHUP) trigger', async () => {
    const holder: KnowledgeHolder = { current: await loadKnowledge(dir) };
    const before = holder.current.quizItems.length;
    watcher = watchKnowledge(holder, dir, { logger: logger(), debounceMs: 10_000 });
    await watcher.ready;
    const quizFile = path.join(dir, 'quiz', 'infra.yml');
    const quiz = await readFile(quizFile, 'utf8');
    const dropped =
      quiz
        .split(/\n(?=- )/)
        .slice(0, -1)
        .join('\n') + '\n';
    await writeFile(quizFile, dropped);
    expect(await watcher.reload()).toBe(true);
    expect(holder.current.quizItems.length).toBe(before - 1);
  });

  it('reloadKnowledge keeps the old knowledge when the folder is gone', async () => {
    const holder: KnowledgeHolder = { current: await loadKnowledge(dir) };
    const old = holder.current;
    expect(await reloadKnowledge(holder, path.join(dir, 'missing'), { logger: logger() })).toBe(false);
    expect(holder.current).toBe(old);
  });
});
