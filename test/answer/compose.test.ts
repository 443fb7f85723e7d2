// The answer composer, end to end through the assistant: a lookup names its one section and source,
// comparisons line both sides up, uncovered topics get an honest no_answer. Source lines are pinned
// on a fixture note (test/fixtures/notes), never on the bundled one.
import { describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Reply } from '../../src/model/reply.js';
import { followUpsOf } from '../../src/model/render-text.js';
import { bundled, tempKnowledge } from '../helpers/knowledge.js';

async function assistant(dir?: string) {
  const knowledge = { current: dir ? await loadKnowledge(dir) : await bundled() };
  const store = new MemoryStore();
  await store.init();
  return createAssistant({ knowledge, store, rateLimitPerMinute: 1000 });
}
const ask = async (text: string, dir?: string): Promise<Reply> => (await assistant(dir)).handle({ platform: 'cli', userId: 'u', text });

describe('answer composer', () => {
  it('lookup on a fixture note: the one aspect line, its section and line, within 700 characters', async () => {
    const reply = await ask('방식 B 단점은?', 'test/fixtures/notes');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('용량 효율');
    expect(reply.text).not.toContain('고장 나도 동작'); // the 장점 line of the same chunk is trimmed away
    expect(reply.sources[0]).toMatchObject({ file: 'notes/storage-export.md', line: 31, endLine: 35 });
    expect(reply.text).toContain('storage-export.md:31');
    expect(reply.text.length).toBeLessThanOrEqual(700);
  });

  it('lookup: the one chunk, its source and up to three follow-ups, within 700 characters', async () => {
    const reply = await ask('RAID 1 단점은?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('용량 효율');
    expect(reply.text).not.toContain('고가용성'); // the 장점 line of the same chunk is trimmed away
    expect(reply.sources[0]?.title).toBe('RAID 1 (Mirroring)');
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

  it('is deterministic', async () => {
    expect((await ask('XFS 장점')).text).toBe((await ask('XFS 장점')).text);
  });
});

describe('a name the notes never write', () => {
  it('is an honest no_answer however much else the question shares with a section', async () => {
    const dir = await tempKnowledge({
      'msk.md': '# AWS MSK\n\nMSK (Managed Streaming for Apache Kafka) runs Kafka for you; windows of maintenance are set per cluster.\n',
    });
    for (const [q, topic] of [
      ['How do I aggregate windows with Kafka Streams?', 'Kafka Streams'],
      ['Cruise Control로 파티션 옮기는 방법', 'Cruise Control'],
    ]) {
      const reply = await ask(q!, dir);
      expect(reply.kind, q).toBe('no_answer');
      // It quotes the topic it lacks, never the whole message.
      expect(reply.text).toContain(`"${topic}"`);
      expect(reply.text).not.toContain(q!);
    }
  });

  it('a name the notes only mention in passing, asked about beyond that, is no_answer', async () => {
    const dir = await tempKnowledge({
      'cloud.md': [
        '# Confluent Cloud',
        '',
        '## Services',
        '',
        '- 120 connectors, ksqlDB, Schema Registry offered as managed services',
        '',
      ].join('\n'),
    });
    expect((await ask('ksqlDB 쿼리는 어떻게 짜요?', dir)).kind).toBe('no_answer');
    expect((await ask('Does Confluent Cloud offer ksqlDB?', dir)).kind).toBe('answer');
  });
});
