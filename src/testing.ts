// Test-only entry: what tests build a core from without a Config or a runtime (an assistant on an
// in-memory store and fixture notes). Adapters never import it (test/boundary.test.ts).
export { createAssistant, type AssistantOptions } from './assistant/assistant.js';
export { MemoryStore } from './store/memory.js';
export type { DailyChannel } from './onboarding/daily.js';
export { Onboarding } from './onboarding/service.js';
