// O/X statements are quiz material, often false on purpose: no lookup, comparison or suggestion
// may show one (or its markup) as what the notes say. Asked with each statement's own words.
import { describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { bundled } from '../helpers/knowledge.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('quiz material never answers', async () => {
  const knowledge = await bundled();
  const store = new MemoryStore();
  await store.init();
  const assistant = createAssistant({ knowledge: { current: knowledge }, store, rateLimitPerMinute: 10_000 });
  const fromNotes = knowledge.quizItems.filter((i) => i.origin.file.endsWith('.md'));

  it('the bundled note has marked O/X items to ask about', () => {
    expect(fromNotes.length).toBeGreaterThanOrEqual(3);
  });

  it('no chunk holds a marked statement or its answer tag', () => {
    for (const chunk of knowledge.chunks) {
      expect(chunk.text).not.toMatch(/정답\s*[:：]/);
      for (const item of fromNotes) expect(squash(chunk.text)).not.toContain(squash(item.statement));
    }
  });

  it('a question in a statement own words, or comparing its subjects, never shows the statement', async () => {
    for (const item of fromNotes) {
      const words = item.statement.split(/\s+/);
      for (const text of [
        item.statement,
        `${item.statement}?`,
        `${words.slice(0, 3).join(' ')} vs ${item.source.breadcrumb.at(-1) ?? ''}`,
      ]) {
        const reply = await assistant.handle({ platform: 'cli', userId: 'u', text });
        expect(squash(reply.text), text).not.toContain(squash(item.statement));
        expect(reply.text).not.toMatch(/\(O\/X\)|정답\s*[:：]/);
      }
    }
  });
});
