// A short reply that is not an answer from the notes: a refusal, a thank-you, a report.
// One helper so every guard and handler says it the same way.
import type { Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';

export const notice = (body: string, kind: Reply['kind'] = 'notice', priv = false): Reply =>
  finishReply({ kind, body, sources: [], actions: [], private: priv || undefined });
