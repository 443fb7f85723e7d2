// What answering a question needs, as plain data that can cross to a worker thread: the composer's
// input (question or comparison sides, the cut notice) and a fingerprint of the notes it is answered
// from, so a worker proves it holds the same notes as the main thread before it answers for it.
import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/types.js';
import type { Reply } from '../model/reply.js';
import { composeAnswer } from './compose.js';
import { composeComparison } from './compare.js';

/** One question for the composer (search + compose: pure CPU on the loaded notes). */
export type AnswerRequest =
  | { kind: 'answer'; question: string; context?: string; notice?: string }
  | { kind: 'compare'; sides: [string, string]; text: string; notice?: string };

/** Where questions are answered: in this thread, or in worker threads (workers.ts). */
export interface Answerer {
  /** The composed reply to `request` from `knowledge` (the notes the caller holds now). */
  answer(knowledge: Knowledge, request: AnswerRequest): Promise<Reply>;
  /** Tell the answerer the notes were reloaded (workers start loading them). */
  sync?(knowledge: Knowledge): void;
  /** Stop any threads; questions still waiting are answered in this thread. */
  close?(): Promise<void>;
}

/** Answer in the calling thread. */
export function composeRequest(knowledge: Knowledge, request: AnswerRequest): Reply {
  return request.kind === 'compare'
    ? composeComparison(knowledge, request.sides, request.text, request.notice)
    : composeAnswer(knowledge, request.question, request.notice, request.context);
}

export const inThreadAnswerer: Answerer = {
  answer: async (knowledge, request) => composeRequest(knowledge, request),
};

const fingerprints = new WeakMap<Knowledge, string>();

/** A hash of every chunk's id and text, glossary and quiz size: equal notes give equal fingerprints. */
export function knowledgeFingerprint(knowledge: Knowledge): string {
  const known = fingerprints.get(knowledge);
  if (known) return known;
  const hash = createHash('sha1');
  for (const chunk of knowledge.chunks) hash.update(chunk.id).update('\u0000').update(chunk.text).update('\u0001');
  hash.update(JSON.stringify(knowledge.glossary)).update(String(knowledge.quizItems.length));
  const value = hash.digest('hex');
  fingerprints.set(knowledge, value);
  return value;
}
