// The thread behind workers.ts: how answer-worker.ts is started, and the messages between the two,
// both directions (plain data: they cross the thread boundary by structured clone).
import { Worker } from 'node:worker_threads';
import type { Reply } from '../model/reply.js';
import type { AnswerRequest } from './request.js';

export type ToWorker =
  /** Load the notes in `dir`; `generation` names this load in later messages. */
  | { type: 'load'; generation: number; dir: string; snapshotDir?: string }
  /** Answer `request` from the notes of `generation`. */
  | { type: 'ask'; id: number; generation: number; request: AnswerRequest };

export type FromWorker =
  | { type: 'loaded'; generation: number; fingerprint: string }
  | { type: 'load_failed'; generation: number; message: string }
  | { type: 'answer'; id: number; reply: Reply }
  /** The worker does not hold that generation (a load under way): answer it elsewhere. */
  | { type: 'stale'; id: number }
  | { type: 'failed'; id: number; message: string };

/** The compiled worker next to this file; run from source (tsx, vitest), the TypeScript through tsx's loader. */
export function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./answer-worker.js', import.meta.url), { name: 'kafka-bot-answers' });
  const entry = JSON.stringify(new URL('./answer-worker.ts', import.meta.url).href);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
  return new Worker(boot, { eval: true, name: 'kafka-bot-answers' });
}
