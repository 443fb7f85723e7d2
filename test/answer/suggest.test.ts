import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const NOTE = [
  '## 보관 규칙',
  '',
  '### 로그 보관',
  '애플리케이션 로그는 30일 동안 보관한다.',
  '',
  '### 백업 보관',
  '설정 백업은 90일 동안 보관한다.',
  '',
  '### 감사 기록',
  '접근 기록은 1년 동안 남긴다.',
  '',
].join('\n');

async function setup() {
  const knowledge = { current: await loadKnowledge(await tempKnowledge({ 'rules.md': NOTE })) };
  const store = new MemoryStore();
  await store.init();
  return createAssistant({ knowledge, store, rateLimitPerMinute: 1000 });
}

describe('suggest: between a sure answer and a refusal', () => {
  it('offers the nearest sections as choices when no one section covers the question', async () => {
    const a = await setup();
    const reply = await a.handle({ platform: 'cli', userId: 'u', text: '로그 백업 기록 보관' });
    expect(reply.kind).toBe('suggest');
    expect(reply.body).toBe('노트에서 딱 맞는 답은 못 찾았어요.');
    // The choices once, under their one label, each with where it sits in the notes.
    expect(reply.text).toContain('이 중에 있나요?\n1. ');
    const choices = reply.actions.filter((x) => x.type === 'ask');
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(3);
    expect(reply.sources.length).toBe(choices.length);
    // Each choice answers its own section.
    const choice = choices.find((c) => c.type === 'ask' && c.label === '백업 보관')!;
    expect(choice).toBeDefined();
    const answer = await a.handle({ platform: 'cli', userId: 'u', action: choice });
    expect(answer.kind).toBe('answer');
    expect(answer.text).toContain('90일');
    expect(answer.sources[0]?.title).toBe('백업 보관');
  });

  it('keeps an honest no_answer when the question names something the notes lack', async () => {
    const a = await setup();
    expect((await a.handle({ platform: 'cli', userId: 'u', text: 'Terraform 로그 백업 기록 보관' })).kind).toBe('no_answer');
  });
});
