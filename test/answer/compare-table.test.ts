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
