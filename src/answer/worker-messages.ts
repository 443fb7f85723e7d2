// The messages between workers.ts (main thread) and answer-worker.ts, both directions. Plain data:
// they cross the thread boundary by structured clone.
import type { Reply } from '../reply.js';
import type { AnswerRequest } from './request.js';

export type ToWorker =
  /** Load the notes in `dir`; `generation` names this load in later messages. */
  | { type: 'load'; generation: number; dir: string }
  /** Answer `request` from the notes of `generation`. */
  | { type: 'ask'; id: number; generation: number; request: AnswerRequest };

export type FromWorker =
  | { type: 'loaded'; generation: number; fingerprint: string }
  | { type: 'load_failed'; generation: number; message: string }
  | { type: 'answer'; id: number; reply: Reply }
  /** The worker does not hold that generation (a load under way): answer it elsewhere. */
  | { type: 'stale'; id: number }
  | { type: 'failed'; id: number; message: string };
