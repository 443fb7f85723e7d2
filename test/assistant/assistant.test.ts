// The assistant as a whole: handle() = route -> guards -> handlers. Help and friendly replies for
// any input, the question limit for chat users only, what gets recorded, and how routes fall back.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Reply } from '../../src/model/reply.js';
import { bundled } from '../helpers/knowledge.js';

async function assistant(dir?: string) {
  const knowledge = { current: dir ? await loadKnowledge(dir) : await bundled() };
  const store = new MemoryStore();
  await store.init();
  return { a: createAssistant({ knowledge, store, rateLimitPerMinute: 1000 }), store };
}
const ask = async (text: string): Promise<Reply> => (await assistant()).a.handle({ platform: 'cli', userId: 'u', text });

describe('assistant', () => {
  it('help for greetings and 도움말', async () => {
    for (const q of ['안녕', 'help', '도움말']) expect((await ask(q)).kind).toBe('help');
  });

  it('bad input gets a friendly reply, never a crash', async () => {
    const inputs = ['', '   ', '\u0000\u0007\u001b[31m', '🙂🙂🔥', '?!?!...', 'x'.repeat(100_000), `RAID 10 ${'가'.repeat(5000)}`];
    for (const text of inputs) {
      const reply = await ask(text);
      expect(reply.text.length).toBeGreaterThan(0);
      expect(reply.text.length).toBeLessThanOrEqual(1600);
    }
    const long = await ask(`RAID 1 단점 ${'설명 '.repeat(200)}`);
    expect(long.notice).toMatch(/300자/);
  });

  it('with no notes every question gets "no notes", naming the folder it read', async () => {
    // A folder not called knowledge/: the reply must name the one configured.
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'kb-empty-')), 'team-notes');
    await mkdir(dir);
    const k = await loadKnowledge(dir);
    expect(k.warnings.join()).toMatch(/no notes/);
    const { a } = await assistant(dir);
    const reply = await a.handle({ platform: 'cli', userId: 'u', text: 'RAID 10?' });
    expect(reply.kind).toBe('no_answer');
    expect(reply.text).toContain('no notes');
    // The folder it was given (not always knowledge/), where the notes must go.
    expect(reply.text).toContain(`${path.resolve(dir)} 폴더에 .md 노트를 추가해 주세요`);
  });

  it('records unanswered questions and feedback votes', async () => {
    const { a, store } = await assistant();
    await a.handle({ platform: 'slack', userId: 'u1', text: '주말 날씨 어때?' });
    expect((await store.listUnanswered()).map((r) => r.question)).toEqual(['주말 날씨 어때?']);
    const answer = await a.handle({ platform: 'slack', userId: 'u1', text: 'IaaS 단점' });
    const down = answer.actions.find((x) => x.type === 'feedback' && x.vote === 'down')!;
    const ack = await a.handle({ platform: 'slack', userId: 'u1', action: down });
    expect(ack.private).toBe(true);
    expect((await store.listFeedback())[0]).toMatchObject({ vote: 'down', question: 'IaaS 단점', userId: 'u1' });
  });

  it('never rate-limits the local CLI or console, only chat users', async () => {
    const { a } = await assistant();
    const limited = createAssistant({ knowledge: { current: await bundled() }, store: new MemoryStore(), rateLimitPerMinute: 2 });
    for (let i = 0; i < 5; i++) expect((await limited.handle({ platform: 'cli', userId: 'me', text: 'IaaS 단점' })).kind).toBe('answer');
    const chat = [];
    for (let i = 0; i < 3; i++) chat.push(await limited.handle({ platform: 'slack', userId: 'u', text: 'IaaS 단점' }));
    expect(chat.map((r) => r.kind)).toEqual(['answer', 'answer', 'notice']);
    expect(chat[2]?.private).toBe(true);
    void a;
  });

  it('a typed O/X answers a running quiz; with no quiz running it is read as a message', async () => {
    const { a } = await assistant();
    const me = { platform: 'slack' as const, userId: 'slack:T1:U9', rawUserId: 'U9' };
    const idle = await a.handle({ ...me, text: 'O' });
    expect(idle.quiz).toBeUndefined();
    const start = await a.handle({ ...me, command: 'kafka-quiz', text: '2' });
    expect(start.quiz?.question).toMatchObject({ index: 0, total: 2 });
    const answered = await a.handle({ ...me, text: 'O' });
    expect(answered.quiz?.result).toMatchObject({ chosen: 'O' });
    expect(answered.quiz?.sessionId).toBe(start.quiz?.sessionId);
  });

  it('typed quiz commands mean what /kafka-quiz means, on every platform', async () => {
    const { a } = await assistant();
    for (const platform of ['slack', 'teams', 'console', 'cli'] as const) {
      const who = { platform, userId: `${platform}:u` };
      const slash = await a.handle({ ...who, command: 'kafka-quiz', text: 'stats' });
      for (const text of ['quiz stats', '/kafka-quiz stats', '퀴즈 stats']) {
        expect((await a.handle({ ...who, text })).text, `${platform}: ${text}`).toBe(slash.text);
      }
    }
    // `stats` alone is a command in Teams' bot menu; elsewhere it is a question for the notes.
    expect((await a.handle({ platform: 'teams', userId: 'teams:u', text: 'stats' })).title).toBe('내 퀴즈 기록');
    expect((await a.handle({ platform: 'cli', userId: 'cli:u', text: 'stats' })).kind).toBe('no_answer');
  });

  it('a suggested section press answers that section; one gone after a reload falls back to the question', async () => {
    const { a } = await assistant();
    const k = await bundled();
    const section = k.chunks.find((c) => c.aspect === '단점' && c.subject?.endsWith('IaaS (Infrastructure as a Service)'))!;
    const me = { platform: 'slack' as const, userId: 'slack:T1:U7' };
    const pressed = await a.handle({ ...me, action: { type: 'ask', label: 'IaaS 단점', question: 'IaaS 단점', ref: section.id } });
    expect(pressed.sources[0]).toMatchObject({ file: section.file, line: section.startLine });
    const gone = await a.handle({ ...me, action: { type: 'ask', label: 'IaaS 단점', question: 'IaaS 단점', ref: 'knowledge/gone.md#L1' } });
    expect(gone.text).toBe((await a.handle({ ...me, text: 'IaaS 단점' })).text);
  });

  it('only questions count toward the limit: quiz commands and presses always go through', async () => {
    const limited = createAssistant({ knowledge: { current: await bundled() }, store: new MemoryStore(), rateLimitPerMinute: 1 });
    const me = { platform: 'teams' as const, userId: 'teams:u' };
    expect((await limited.handle({ ...me, text: 'IaaS 단점' })).kind).toBe('answer');
    expect((await limited.handle({ ...me, text: 'IaaS 장점' })).private).toBe(true);
    for (let i = 0; i < 3; i++) expect((await limited.handle({ ...me, text: 'quiz stats' })).text).not.toContain('너무 빨라요');
    expect((await limited.handle({ ...me, text: 'help' })).kind).toBe('help');
  });
});
