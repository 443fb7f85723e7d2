// The core's public entry: adapters import from here and nowhere else in src/.
export type * from './reply.js';
export type * from './message.js';
export type * from './store/store.js';
export type * from './knowledge/types.js';
export * from './errors.js';
export * from './config.js';
export * from './render-text.js';
export * from './assistant.js';
export * from './runtime.js';
export * from './log.js';
export * from './metrics.js';
export * from './observe.js';
export * from './knowledge/watch.js';
export { createAssistant } from './assistant-impl.js';
export { MemoryStore } from './store/memory.js';
export * from './action-schema.js';
export { sectionReply } from './preview.js';
export { mainSubjects } from './answer/main-subjects.js';
