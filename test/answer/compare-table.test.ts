// A note's own comparison table is the first source of a comparison: when one side is a column,
// the other side is the sibling column that names it, not a like-named section of another note.
import { describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const ALERTS = `# Alerting

## Thresholds

| alert | dev cluster | prod cluster |
| --- | --- | --- |
| Disk usage | 85% for 30m | 75% for 10m |
| Consumer lag | 100000 for 1h | 10000 for 10m |
`;
// A prod section elsewhere with more to line up (and the asked words): tempting, but not the table's side.
const OTHER = `# Sizing

## prod cluster

- Disk usage: 2TB per broker, alert owners page on it
- Memory: 32GB
- CPU: 24 cores
- Brokers: 10
`;

describe('comparisons from a note table', () => {
  it('pairs the two columns of the table that names both sides', async () => {
    const knowledge = { current: await loadKnowledge(await tempKnowledge({ 'alerts.md': ALERTS, 'sizing.md': OTHER })) };
    const store = new MemoryStore();
    await store.init();
    const assistant = createAssistant({ knowledge, store, rateLimitPerMinute: 1000 });
    const reply = await assistant.handle({ platform: 'cli', userId: 'u', text: 'disk usage alert: dev vs prod?' });
    expect(reply.kind).toBe('comparison');
    expect(reply.text).toContain('85% for 30m');
    expect(reply.text).toContain('75% for 10m');
    expect(reply.text).not.toContain('32GB');
  });
});

describe('comparisons from a section the note titles with both sides', () => {
  const NOTE = [
    '# Consumers',
    '',
    '## 컨슈머 그룹과 리밸런싱',
    '',
    '컨슈머 그룹은 파티션을 나눠 읽는다. 멤버가 바뀌면 리밸런싱이 일어난다.',
    '',
    '### Eager vs Cooperative 리밸런싱',
    '',
    '- **Eager 리밸런싱**: 모든 컨슈머가 파티션을 전부 반납한 뒤 다시 배정받는다 (stop-the-world).',
    '- **Cooperative 리밸런싱**: 옮겨야 하는 파티션만 반납하고 나머지는 계속 읽는다.',
    '',
  ].join('\n');

  it('takes each side from the lines of that section that name it', async () => {
    const knowledge = { current: await loadKnowledge(await tempKnowledge({ 'consumers.md': NOTE })) };
    const store = new MemoryStore();
    await store.init();
    const reply = await createAssistant({ knowledge, store, rateLimitPerMinute: 1000 }).handle({
      platform: 'cli',
      userId: 'u',
      text: 'eager랑 cooperative 리밸런싱 차이 알려줘',
    });
    expect(reply.kind).toBe('comparison');
    expect(reply.text).toContain('전부 반납');
    expect(reply.text).toContain('옮겨야 하는 파티션만');
    expect(reply.title).not.toContain('컨슈머 그룹과');
  });
});
