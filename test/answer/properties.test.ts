// Property tests (fast-check) for the answer path: for arbitrary Unicode input the composer, the
// comparison and the whole assistant never throw, keep the reply bounded, and are deterministic;
// intent and route read what was typed, not how it was padded or which form of a command was used.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { composeAnswer } from '../../src/answer/compose.js';
import { composeComparison } from '../../src/answer/compare.js';
import { detectIntent } from '../../src/assistant/intent.js';
import { route } from '../../src/assistant/route.js';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import type { Reply } from '../../src/model/reply.js';

/** COMPARISON_LIMIT (1600) plus a notice line and source lines. */
const BOUND = 1800;
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});

/** Any Unicode (astral planes, lone surrogates excluded by fullUnicode), plus note words mixed in. */
const words = fc.constantFrom(
  'RAID',
  '레이드',
  '브로커',
  '메모리',
  'vs',
  '비교',
  '?',
  ' ',
  '\n',
  '카프카',
  'ext4',
  '10',
  '장점',
  '단점',
  'ISR',
  '\u200b',
  '\u0000',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.array(fc.oneof(words, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
);

function checkReply(reply: Reply): void {
  expect(typeof reply.text).toBe('string');
  expect(reply.text.length).toBeLessThanOrEqual(BOUND);
  expect(reply.text.trim().length).toBeGreaterThan(0);
}

describe('answer composer properties', () => {
  it('composeAnswer never throws, stays bounded and is deterministic', () => {
    fc.assert(
      fc.property(text, (q) => {
        const a = composeAnswer(knowledge, q);
        checkReply(a);
        expect(composeAnswer(knowledge, q)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('composeComparison never throws, stays bounded and is deterministic', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = composeComparison(knowledge, [x.slice(0, 200), y.slice(0, 200)], `${x} vs ${y}`);
        checkReply(a);
        expect(composeComparison(knowledge, [x.slice(0, 200), y.slice(0, 200)], `${x} vs ${y}`)).toEqual(a);
      }),
      { numRuns: 80 },
    );
  });

  it('detectIntent reads the text, not the whitespace around it; a plain question is the trimmed text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(' ', '\n', '\t', '  \n '), (q, pad) => {
        const intent = detectIntent(q);
        expect(detectIntent(`${pad}${q}${pad}`)).toEqual(intent);
        if (intent.type === 'ask') expect(intent.question).toBe(q.trim());
        if (intent.type === 'compare') for (const side of intent.sides) expect(side.trim()).not.toBe('');
        if (intent.type === 'empty') expect(/[\p{L}\p{N}]/u.test(q)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a typed quiz command routes exactly as /kafka-quiz with the same arguments', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('quiz', '/kafka-quiz', '퀴즈', 'QUIZ'), (args, typed) => {
        const clean = args.replace(/\s+/g, ' ').trim();
        const user = { platform: 'teams' as const, userId: 'teams:u' };
        expect(route({ ...user, text: `${typed} ${args}` })).toEqual(route({ ...user, command: 'kafka-quiz', text: clean }));
      }),
      { numRuns: 300 },
    );
  });

  it('the assistant answers any text with a bounded reply, the same way every time', async () => {
    const make = () =>
      createAssistant({
        knowledge: { current: knowledge },
        store: new MemoryStore(),
        rateLimitPerMinute: 1_000_000,
        now: () => 1_700_000_000_000,
        random: () => 0.5,
      });
    const one = make();
    const two = make();
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<'kafka' | 'kafka-quiz' | undefined>(undefined, 'kafka'), async (q, command) => {
        const message = { platform: 'slack' as const, userId: 'slack:T1:U1', rawUserId: 'U1', text: q, command };
        const a = await one.handle(message);
        checkReply(a);
        expect(await two.handle(message)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });
});
