// The answer worker thread's entry (started by worker-thread.ts for workers.ts): loads the notes from the folder it is
// told, answers questions from them, and says which load (generation) it holds, so the main thread
// only sends questions for the notes it has itself; anything else comes back `stale`.
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import type { Knowledge } from '../knowledge/types.js';
import { composeRequest, knowledgeFingerprint } from './request.js';
import type { FromWorker, ToWorker } from './worker-thread.js';

const port = parentPort;
if (!port) throw new Error('answer-worker.ts runs only as a worker thread');

let knowledge: Knowledge | undefined;
let generation = -1;
const post = (message: FromWorker) => port.postMessage(message);
const messageOf = (error: unknown) => (error as Error)?.message ?? String(error);

port.on('message', (message: ToWorker) => {
  if (message.type === 'load') {
    loadKnowledge(message.dir, message.snapshotDir === undefined ? {} : { snapshotDir: message.snapshotDir }).then(
      (loaded) => {
        knowledge = loaded;
        generation = message.generation;
        post({ type: 'loaded', generation, fingerprint: knowledgeFingerprint(loaded) });
      },
      (error: unknown) => post({ type: 'load_failed', generation: message.generation, message: messageOf(error) }),
    );
    return;
  }
  if (!knowledge || message.generation !== generation) return post({ type: 'stale', id: message.id });
  try {
    post({ type: 'answer', id: message.id, reply: composeRequest(knowledge, message.request) });
  } catch (error) {
    post({ type: 'failed', id: message.id, message: messageOf(error) });
  }
});
