import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant-impl.js';
import { MemoryStore } from '../../src/store/memory.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Reply } from '../../src/reply.js';
import { followUpsOf } from '../../src/render-text.js';
import { bundled, tempKnowledge } from '../helpers/knowledge.js';

async function assistant(dir?: string) {
  const knowledge = { current: dir ? await loadKnowledge(dir) : await bundled() };
  const store = new MemoryStore();
  await store.init();
  return { a: createAssistant({ knowledge, store, rateLimitPerMinute: 1000 }), store };
}
const ask = async (text: string): Promise<Reply> => (await assistant()).a.handle({ platform: 'cli', userId: 'u', text });

describe('answer composer', () => {
  it('lookup: the one chunk, its source and up to three follow-ups, within 700 characters', async () => {
    const reply = await ask('RAID 1 단점은?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('용량 효율');
    expect(reply.text).not.toContain('고가용성'); // the 장점 line of the same chunk is trimmed away
    expect(reply.sources[0]).toMatchObject({ file: 'knowledge/kafka-cluster-operations.md', line: 177 });
    expect(followUpsOf(reply).length).toBeLessThanOrEqual(3);
    expect(reply.text.length).toBeLessThanOrEqual(700);
    expect(reply.actions.filter((a) => a.type === 'feedback').map((a) => a.label)).toEqual(['👍', '👎']);
  });

  it('answers English questions from Korean notes through the glossary', async () => {
    const reply = await ask('What are the disadvantages of PaaS?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('Vendor Lock-in');
  });

  it('comparison: both sides aspect by aspect, both sources, within 1600 characters', async () => {
    for (const q of ['RAID10 vs RAID5', 'Confluent Platform vs Cloud', 'IaaS하고 PaaS 비교해줘', 'XFS, ext4 중 뭐가 나아?']) {
      const reply = await ask(q);
      expect(reply.kind, q).toBe('comparison');
      expect(reply.comparison?.columns, q).toHaveLength(2);
      expect(reply.comparison!.rows.length, q).toBeGreaterThan(0);
      expect(reply.sources, q).toHaveLength(2);
      expect(reply.text.length, q).toBeLessThanOrEqual(1600);
    }
    // Each side resolves to the subject with aspects, not a one-line table row that shares its name.
    const iaas = await ask('IaaS vs PaaS');
    expect(iaas.comparison?.rows[0]).toMatchObject({ aspect: '정의' });
    expect(iaas.comparison?.rows[0]?.cells.every(Boolean)).toBe(true);
    const cp = await ask('Confluent Platform vs Cloud');
    expect(cp.text).toContain('99.95% SLA');
    expect(cp.text).toContain('온프레미스');
  });

  it('no_answer: says so plainly for off-topic and uncovered Kafka topics, with nearby topics', async () => {
    for (const q of ['주말 날씨 어때?', 'consumer rebalancing 어떻게 동작해?', '카프카 스트림즈 윈도우 집계 예제']) {
      const reply = await ask(q);
      expect(reply.kind, q).toBe('no_answer');
      expect(reply.sources).toEqual([]);
      expect(followUpsOf(reply).length).toBeLessThanOrEqual(3);
    }
  });

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

  it('with no notes every question gets "no notes"', async () => {
    const dir = await tempKnowledge({});
    const k = await loadKnowledge(dir);
    expect(k.warnings.join()).toMatch(/no notes/);
    const { a } = await assistant(dir);
    const reply = await a.handle({ platform: 'cli', userId: 'u', text: 'RAID 10?' });
    expect(reply.kind).toBe('no_answer');
    expect(reply.text).toContain('no notes');
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

  it('is deterministic', async () => {
    expect((await ask('XFS 장점')).text).toBe((await ask('XFS 장점')).text);
  });
});
