// The core's public entry: adapters and scripts import from here and nowhere else in src/. Listed
// by name (what adapters/ and scripts/ use); helpers only tests need live in src/testing.ts.

// The message model: what an adapter hands the core and what it renders.
export type { Incoming, Platform } from './model/message.js';
export type { Action, Choice, Comparison, Fact, ListRow, QuizView, Reply, ReplyKind, ReplyList, Source } from './model/reply.js';
export { askAction } from './model/reply.js';
export { ActionSchema, ChoiceSchema, parseAction } from './model/action-schema.js';
export { finishReply, followUpsOf, formatSource, toPlainText } from './model/render-text.js';
export {
  bar,
  choicesOf,
  emphasise,
  plainLine,
  rowText,
  sourceLines,
  sourceText,
  summaryLine,
  type AskAction,
  type ChoiceRow,
  type SourceLine,
} from './model/reply-view.js';
export { KafkaBotError, isKafkaBotError, type ErrorCode } from './model/errors.js';

// The assistant: route(message) says what a message asks for; handle(message) answers it.
export { route, type Route } from './assistant/route.js';
export { isQuestionOnly } from './assistant/ack-first.js';
export type { Assistant } from './assistant/assistant.js';

// Running it: configuration, the runtime (knowledge + store + assistant), logs, metrics, reloads.
export { loadConfig, type Config, type SlackConfig, type TeamsConfig } from './ops/config.js';
export { loadEnvFile, type EnvFile, type EnvFileOptions } from './ops/env-file.js';
export { checkVariables, type EnvOrigin } from './ops/env-check.js';
export { createRuntime, type Runtime, type RuntimeOptions } from './ops/runtime.js';
export { createLogger, redactText, type Logger } from './ops/log.js';
export { createMetrics, type BotMetrics } from './ops/metrics.js';
export { reloadKnowledge, watchKnowledge, type KnowledgeWatcher } from './ops/watch.js';

// What some surfaces read directly: the notes, the store, onboarding deliveries, the gap report.
export { loadKnowledge } from './knowledge/load.js';
export type { Knowledge, KnowledgeHolder } from './knowledge/types.js';
export { openStore } from './store/open.js';
export type { SessionStore } from './store/store.js';
export { sectionReply } from './answer/section-reply.js';
export { mainSubjects } from './answer/main-subjects.js';
export type { Onboarding } from './onboarding/service.js';
export type { DailyDelivery } from './onboarding/daily.js';
export type { DirectDelivery } from './onboarding/nudges.js';
export { gapsReport } from './report/gaps.js';
