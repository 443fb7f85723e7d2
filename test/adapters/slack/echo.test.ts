// What Slack users see of their own text (issue 10 #8): `/kafka-quiz <10 KB>` echoes about 100
// characters, not all of it; NUL, ESC and U+202E never come back; long text is never split through
// a surrogate pair (every string the bot sends is well-formed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/testing.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { strings, wellFormed } from '../../helpers/strings.js';
import { waitFor, type RecordedCall } from '../../helpers/fake-slack.js';
import { realAssistant, startHarness, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function reply(command: '/kafka' | '/kafka-quiz', text: string): Promise<RecordedCall> {
  const { responseUrl } = await h.command(command, text);
  return waitFor(() => h.slack.callsTo('response_url').find((c) => c.url === responseUrl), 'the reply');
}

describe('echoed input, real assistant', () => {
  beforeEach(async () => {
    const store = new MemoryStore();
    h = await startHarness(await realAssistant(store), store);
  });

  it('/kafka-quiz <10 KB> echoes at most about 100 characters of it', async () => {
    const call = await reply('/kafka-quiz', 'ㅋ'.repeat(10_000));
    for (const s of strings(call.args)) expect(s.match(/ㅋ+/g)?.every((run) => run.length <= 100) ?? true).toBe(true);
    expect(JSON.stringify(call.args).length).toBeLessThan(3000);
  });

  it('never sends back NUL, ESC or U+202E', async () => {
    const call = await reply('/kafka-quiz', 'ab\u0000c\u001b[31md\u202Eevil');
    const all = strings(call.args).join('\n');
    expect(all).toContain('evil');
    // eslint-disable-next-line no-control-regex -- asserting control characters are gone
    expect(all).not.toMatch(/[\u0000\u001b\u202E]/);
  });
});

describe('long text, fake assistant that echoes the question', () => {
  beforeEach(async () => {
    h = await startHarness(createFakeAssistant());
  });

  it('splits long answers between graphemes: every string sent is well-formed', async () => {
    const call = await reply('/kafka', `${'a'.repeat(2991)}${'😀'.repeat(3000)}`);
    const all = strings(call.args);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(wellFormed(s)).toBe(true);
  });
});
