// Placeholder gap report (replaced by the operations work): what the notes could not answer.
import type { SessionStore } from './store/store.js';
import type { Knowledge } from './knowledge/types.js';

export async function gapsReport(store: SessionStore, _knowledge: Knowledge, _now: number): Promise<string> {
  const unanswered = await store.listUnanswered();
  return `# Gaps\n\n${unanswered.length} unanswered questions.`;
}
