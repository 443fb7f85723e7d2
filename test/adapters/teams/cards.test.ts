// Every kind of card the Teams adapter sends validates against the official Adaptive Card 1.5 schema
// and stays under the Teams message size limit, including a reply far too long to send as is.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, byteSize, renderReply } from '../../../adapters/teams/render.js';
import { welcomeReply } from '../../../adapters/teams/welcome.js';
import { createFakeAssistant } from '../../helpers/fake-assistant.js';
import { answerReply, comparisonReply, helpReply, noAnswerReply } from '../../helpers/sample-replies.js';
import { createRuntime, loadConfig, sectionReply, type Reply } from '../../../src/index.js';

const SCHEMA = new URL('../../../../shared/schemas/adaptive-card-1.5.schema.json', import.meta.url);
const haveSchema = existsSync(SCHEMA);
if (!haveSchema) console.warn(`SKIPPED: ../shared not found: Adaptive Card schema checks (no ${SCHEMA.pathname})`);

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object);
  // the file names itself with draft-04's `id`, which Ajv 8 rejects; its identity is not needed here
  const { id: _id, ...schema } = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  return ajv.compile(schema);
}

async function quizReplies(): Promise<{ question: Reply; result: Reply; final: Reply }> {
  const assistant = createFakeAssistant();
  const userId = 'teams:aad-alice';
  const question = await assistant.handle({ platform: 'teams', userId, command: 'kafka-quiz', text: '' });
  const press = async (reply: Reply) => {
    const action = reply.actions.find((a) => a.type === 'quiz_answer' && a.choice === 'O');
    return assistant.handle({ platform: 'teams', userId, action });
  };
  const result = await press(question);
  const final = await press(await press(result));
  return { question, result, final };
}

function longestAnswer(): Reply {
  const paragraph = `- **min.insync.replicas**는 ${'복제 지연과 가용성 사이의 균형을 잡는 값이에요. '.repeat(20)}`;
  return answerReply('가장 긴 답', Array.from({ length: 120 }, () => paragraph).join('\n\n'));
}

describe.skipIf(!haveSchema)('Teams Adaptive Cards', async () => {
  const validate = haveSchema ? validator() : undefined;
  const quiz = await quizReplies();
  const kinds: Record<string, Reply> = {
    answer: answerReply('ISR이 뭐야?'),
    'longest answer': longestAnswer(),
    comparison: comparisonReply(),
    'no-answer': noAnswerReply('없는 것'),
    'quiz question': quiz.question,
    'quiz result': quiz.result,
    'final score': quiz.final,
    help: helpReply(),
    welcome: welcomeReply(),
  };

  it.each(Object.entries(kinds))('%s: valid Adaptive Card 1.5, under the size limit, with a one-line summary', (_kind, reply) => {
    const message = renderReply(reply);
    const card = message.attachments[0]?.content;
    expect(card?.version).toBe('1.5');
    const ok = validate?.(card);
    expect(validate?.errors ?? [], JSON.stringify(validate?.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    expect(byteSize(message)).toBeLessThan(MAX_MESSAGE_BYTES);
    // The notification line, not a copy of the card above it: plain, one line.
    expect(message.summary.trim()).not.toBe('');
    expect(message.summary).not.toMatch(/\n|\*\*|`/);
    expect('text' in message).toBe(false);
    expect(card?.fallbackText?.trim()).not.toBe('');
  });

  it('shortens an over-long answer instead of sending it whole', () => {
    const reply = kinds['longest answer']!;
    expect(byteSize(reply.text)).toBeGreaterThan(MAX_MESSAGE_BYTES);
    const message = renderReply(reply);
    expect(JSON.stringify(message)).toContain('내용이 길어 일부를 줄였어요');
  });

  it('puts a comparison side by side and O/X as the only quiz buttons', () => {
    const comparison = JSON.stringify(renderReply(kinds.comparison!).attachments[0]?.content.body);
    expect(comparison).toContain('"type":"ColumnSet"');
    const buttons = renderReply(quiz.question).attachments[0]?.content.actions ?? [];
    expect(buttons.map((b) => b.title)).toEqual(['O', 'X']);
    // Universal Actions, with Action.Submit (same data) for clients that lack them
    expect(buttons.map((b) => [b.type, b.verb])).toEqual([
      ['Action.Execute', 'quiz_answer'],
      ['Action.Execute', 'quiz_answer'],
    ]);
    expect(buttons[0]?.data).toMatchObject({ kafkaBot: { sessionId: quiz.question.quiz?.sessionId, index: 0, choice: 'O' } });
    expect(buttons[0]?.fallback).toEqual({ type: 'Action.Submit', title: 'O', data: buttons[0]?.data });
  });

  it('per-user quiz views (read-only with refresh, live) and section cards validate and fit', async () => {
    const owner = { ownerId: '29:alice', ownerName: 'Alice', shared: true };
    const runtime = await createRuntime(loadConfig({ KNOWLEDGE_DIR: 'knowledge' }), { storeKind: 'memory' });
    const chunks = runtime.knowledge.current.chunks;
    const longest = [...chunks].sort((a, b) => b.text.length - a.text.length)[0]!;
    const messages = [
      renderReply(quiz.question, { quiz: owner }),
      renderReply(quiz.result, { quiz: { ...owner, live: true } }),
      renderReply(quiz.final, { quiz: owner }),
      renderReply(sectionReply(runtime.knowledge.current, longest.id)!),
    ];
    await runtime.close();
    for (const message of messages) {
      const ok = validate?.(message.attachments[0]?.content);
      expect(validate?.errors ?? [], JSON.stringify(validate?.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
      expect(byteSize(message)).toBeLessThan(MAX_MESSAGE_BYTES);
    }
    const readOnly = messages[0]!.attachments[0]!.content;
    expect(readOnly.actions ?? []).toEqual([]);
    expect(readOnly.refresh).toMatchObject({ userIds: ['29:alice'], action: { type: 'Action.Execute', verb: 'quiz_refresh' } });
    expect(JSON.stringify(readOnly.body)).toContain('Alice님이 푸는 퀴즈');
    expect(messages[1]!.attachments[0]!.content.actions?.map((a) => a.title)).toEqual(expect.arrayContaining(['O', 'X']));
    expect(messages[2]!.attachments[0]!.content.refresh).toBeUndefined();
  });

  it('every answer the bundled notes give, the longest included, validates and fits', async () => {
    const runtime = await createRuntime(loadConfig({ KNOWLEDGE_DIR: 'knowledge', RATE_LIMIT_PER_MINUTE: '100000' }), {
      storeKind: 'memory',
    });
    let largest = 0;
    let answers = 0;
    try {
      for (const chunk of runtime.knowledge.current.chunks) {
        const reply = await runtime.assistant.handle({
          platform: 'teams',
          userId: 'teams:cards',
          text: chunk.breadcrumb.slice(-2).join(' '),
        });
        if (reply.kind === 'answer' || reply.kind === 'comparison') answers += 1;
        const message = renderReply(reply);
        expect(validate?.(message.attachments[0]?.content), `${chunk.id}: ${JSON.stringify(validate?.errors?.slice(0, 2))}`).toBe(true);
        largest = Math.max(largest, byteSize(message));
      }
    } finally {
      await runtime.close();
    }
    expect(answers).toBeGreaterThan(10);
    expect(largest).toBeLessThan(MAX_MESSAGE_BYTES);
  });

  it('rejects a card the schema forbids (the check can fail)', () => {
    expect(validate?.({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock' }] })).toBe(false);
  });
});
