// Quiz topics come from the items' tags (a new note's `tags: [consumer]` makes `/kafka-quiz consumer`
// work without code changes), and "모르겠어"/"pass" during a quiz is a miss with the explanation.
import { describe, expect, it } from 'vitest';
import { type Incoming } from '../../src/index.js';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { isPassText, parseQuizCommand } from '../../src/quiz/command.js';
import { summarize } from '../../src/quiz/engine.js';
import { topicsFor, topicsOf } from '../../src/quiz/topics.js';
import { tempKnowledge } from '../helpers/knowledge.js';
import { item } from './fixtures.js';

const NOTE = `# 컨슈머 운영

## 컨슈머 그룹 리밸런싱

- 컨슈머가 그룹에 들어오거나 나가면 파티션을 다시 나눈다.
- session.timeout.ms 안에 하트비트가 없으면 그룹에서 빠진다.
`;

const QUIZ = `- id: consumer-rebalance
  statement: 컨슈머가 그룹을 떠나면 리밸런싱이 일어난다.
  answer: O
  explanation: 파티션을 남은 컨슈머에게 다시 나눠요.
  section: 컨슈머 그룹 리밸런싱
  tags: [consumer, Consumer Group]
- id: consumer-heartbeat
  statement: 하트비트는 컨슈머 그룹과 아무 관계가 없다.
  answer: X
  explanation: session.timeout.ms 안에 하트비트가 없으면 그룹에서 빠져요.
  section: 컨슈머 그룹 리밸런싱
  tags: [consumer]
`;

async function assistantOn(files: Record<string, string>) {
  const knowledge = await loadKnowledge(await tempKnowledge(files));
  const store = new MemoryStore();
  const assistant = createAssistant({ knowledge: { current: knowledge }, store, random: () => 0.3 });
  return { knowledge, store, assistant };
}

const alice = (text: string, command?: 'kafka-quiz'): Incoming => ({
  platform: 'console',
  userId: 'console:alice',
  text,
  ...(command && { command }),
});

describe('quiz topics from tags', () => {
  it('keeps built-in topics and turns any other tag into a topic key of its own', () => {
    expect(topicsFor(['RAID 란?', 'RAID 5'], 'RAID 5는…', ['raid', 'Consumer Group', 'consumer'])).toEqual([
      'raid',
      'consumer-group',
      'consumer',
    ]);
    expect(topicsOf([item('a', 'O', ['consumer']), item('b', 'O', ['raid', 'acl'])])).toEqual(['raid', 'acl', 'consumer']);
  });

  it('parses a tag topic only when the items have it', () => {
    expect(parseQuizCommand('consumer', new Set(['consumer']))).toEqual({ type: 'start', count: 5, topic: 'consumer' });
    expect(parseQuizCommand('3 consumer', new Set(['consumer']))).toEqual({ type: 'start', count: 3, topic: 'consumer' });
    expect(parseQuizCommand('consumer')).toMatchObject({ type: 'usage' });
  });

  it('a new note tagged `consumer` makes `/kafka-quiz consumer` run only those items, listed in help and stats', async () => {
    const { assistant, knowledge } = await assistantOn({ 'consumer.md': NOTE, 'quiz/consumer.yml': QUIZ });
    expect(knowledge.quizItems.map((i) => i.topics)).toEqual([['consumer', 'consumer-group'], ['consumer']]);
    const started = await assistant.handle(alice('consumer', 'kafka-quiz'));
    expect(started.kind).toBe('quiz');
    expect(started.quiz?.question?.total).toBe(2);
    expect(['consumer-rebalance', 'consumer-heartbeat']).toContain(started.quiz?.question?.itemId);
    const help = await assistant.handle(alice('help', 'kafka-quiz'));
    expect(help.body).toContain('`consumer`');
    await assistant.handle(alice('O'));
    const stats = await assistant.handle(alice('stats', 'kafka-quiz'));
    expect(stats.text).toMatch(/consumer/);
    expect(summarize(knowledge.quizItems, [], 0).topics.map((t) => t.key)).toEqual(['consumer', 'consumer-group']);
  });
});

describe('passing on a question', () => {
  it('recognises "모르겠어" and "pass" but not ordinary questions', () => {
    for (const t of ['모르겠어', '모르겠어요.', 'pass', 'PASS', '패스', '몰라', 'skip']) expect(isPassText(t), t).toBe(true);
    for (const t of ['브로커 메모리 얼마나?', 'O', '모르는 게 많아요', '']) expect(isPassText(t), t).toBe(false);
  });

  it('during a quiz counts as a miss, shows the answer and explanation, and moves on', async () => {
    const { assistant, store } = await assistantOn({ 'consumer.md': NOTE, 'quiz/consumer.yml': QUIZ });
    const started = await assistant.handle(alice('consumer', 'kafka-quiz'));
    const asked = started.quiz!.question!;
    const passed = await assistant.handle(alice('모르겠어'));
    expect(passed.kind).toBe('quiz');
    expect(passed.quiz?.result).toMatchObject({ passed: true, correct: false, statement: asked.statement });
    expect(passed.quiz?.result?.explanation).toBeTruthy();
    expect(passed.body).toContain('패스');
    expect(passed.quiz?.question?.index).toBe(1);
    const session = await store.getSession(started.quiz!.sessionId);
    expect(session?.answers).toHaveLength(1);
    expect(session?.answers[0]?.correct).toBe(false);
    // `/kafka-quiz pass` does the same for the next question
    const second = await assistant.handle(alice('pass', 'kafka-quiz'));
    expect(second.quiz?.result?.passed).toBe(true);
    expect(second.quiz?.score).toEqual({ correct: 0, total: 2 });
  });

  it('without a running quiz "모르겠어" is an ordinary message, not a quiz answer', async () => {
    const { assistant } = await assistantOn({ 'consumer.md': NOTE });
    const reply = await assistant.handle(alice('모르겠어'));
    expect(reply.kind).not.toBe('quiz');
    expect(reply.quiz).toBeUndefined();
  });
});
