// A table cell is shown with its row: the key, then each column's cell under its column title.
import { describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const NOTE = `# Consumer settings

## Required settings

| setting | default | team value | why |
| --- | --- | --- | --- |
| enable.auto.commit | true | false | commit after processing, so nothing is lost |
| max.poll.records | 500 | 200 | keep one poll under the poll interval |
| session.timeout.ms | 45000 | 45000 | shorter drops consumers on GC pauses |
`;

describe('table rows in answers', () => {
  it('shows the asked key across every column, titled', async () => {
    const knowledge = { current: await loadKnowledge(await tempKnowledge({ 'consumer.md': NOTE })) };
    const store = new MemoryStore();
    await store.init();
    const assistant = createAssistant({ knowledge, store, rateLimitPerMinute: 1000 });
    const reply = await assistant.handle({ platform: 'cli', userId: 'u', text: 'What team value do we use for enable.auto.commit?' });
    expect(reply.kind).toBe('answer');
    for (const cell of ['enable.auto.commit', 'default: true', 'team value: false', 'why: commit after processing'])
      expect(reply.text).toContain(cell);
    // Only that row: the other keys may be offered as follow-ups, never shown as the answer.
    expect(reply.text.split(/\n\n(?:이어서 물어보기|출처)/)[0]).not.toContain('max.poll.records');
  });
});
