// A number answers "how many" only when its label counts what is asked; a value question naming a
// config key gets the line that sets it. On a fixture note, never the bundled one.
import { describe, expect, it } from 'vitest';
import { createAssistant, MemoryStore } from '../../src/testing.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const NOTE = `# Cluster sizing

## Production cluster

Brokers run on dedicated machines, sized by the vendor's guidance for production traffic.

- 브로커 개수: 12개
- 메모리: 64GB
- CPU: 32core
- 디스크: NVMe 4TB x 6

## Worker settings

Workers keep the team's settings below.

\`\`\`properties
group.id=connect-prod
scheduled.rebalance.max.delay.ms=180000
\`\`\`

After a worker leaves, tasks move only after scheduled.rebalance.max.delay.ms, so a short restart reshuffles nothing for the team.
`;

async function ask(text: string) {
  const knowledge = { current: await loadKnowledge(await tempKnowledge({ 'sizing.md': NOTE })) };
  const store = new MemoryStore();
  await store.init();
  return createAssistant({ knowledge, store, rateLimitPerMinute: 1000 }).handle({ platform: 'cli', userId: 'u', text });
}
const body = (text: string) => text.split('출처')[0]!;

describe('the line that holds the asked value', () => {
  it('how many brokers: the broker count line', async () => {
    const reply = await ask('운영 클러스터는 브로커 몇 대로 구성해?');
    expect(body(reply.text)).toContain('12개');
  });

  it('how many CPU cores: the CPU line, not the broker count', async () => {
    const reply = await ask('How many CPU cores should a production broker have?');
    expect(body(reply.text)).toContain('32core');
  });

  it('what a config key is set to: the line that sets it, not a section that only names it', async () => {
    const reply = await ask('scheduled.rebalance.max.delay.ms 우리 팀 값 몇이에요?');
    expect(body(reply.text)).toContain('180000');
  });
});
