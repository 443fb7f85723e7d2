// Builds everything a running bot needs from a Config: the knowledge (swappable on reload), the
// session store, and the assistant. Adapters and CLIs start here; nothing platform-specific.
import type { Config } from './config.js';
import type { Assistant } from '../assistant/assistant.js';
import type { KnowledgeHolder } from '../knowledge/types.js';
import type { SessionStore } from '../store/store.js';
import { createAssistant } from '../assistant/assistant.js';
import { loadKnowledge } from '../knowledge/load.js';
import { openStore } from '../store/open.js';
import { MemoryStore } from '../store/memory.js';
import type { Logger } from './log.js';
import type { BotMetrics } from './metrics.js';
import { observeAssistant } from './observe.js';
import { secretsOf } from './log.js';
import pino from 'pino';
import { Onboarding } from '../onboarding/service.js';
import { AnswerWorkers } from '../answer/workers.js';

export interface Runtime {
  config: Config;
  knowledge: KnowledgeHolder;
  store: SessionStore;
  assistant: Assistant;
  /** Learning paths, welcome, quiz of the day and nudges (adapters deliver what it returns). */
  onboarding: Onboarding;
  /** The answer worker threads, when ANSWER_WORKERS > 0 (stats, tests). */
  answerWorkers?: AnswerWorkers;
  /** Stop the answer workers and close the store. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Use this store instead of opening SQLite/Redis from the config (tests, CLI). */
  store?: SessionStore;
  /** 'memory' keeps nothing on disk (the CLI `ask`). Default: from the config. */
  storeKind?: 'memory' | 'config';
  /** Clock for the quiz, onboarding and a memory store (tests move it). Default: Date.now. */
  now?: () => number;
  random?: () => number;
  /** Log one line per handled message here (src/ops/observe.ts). Default: no per-message logging. */
  logger?: Logger;
  /** This process's name in schedule leases. Default host pid + random. */
  instanceId?: string;
  /** Record questions, latency, quiz, feedback, errors and knowledge size here. Default: none. */
  metrics?: BotMetrics;
  /** Answer worker threads (0: answer in this thread). Default: the config's `answerWorkers` (ANSWER_WORKERS, 1). */
  answerWorkers?: number;
}

/** Where the knowledge snapshot lives for this config (none when KNOWLEDGE_SNAPSHOT=0). */
export function snapshotOptions(config: Config): { snapshotDir?: string } {
  return config.knowledgeSnapshot ? { snapshotDir: config.dataDir } : {};
}

export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  let current = await loadKnowledge(config.knowledgeDir, snapshotOptions(config));
  const workerCount = options.answerWorkers ?? config.answerWorkers;
  const workers =
    workerCount > 0
      ? new AnswerWorkers(current, {
          size: workerCount,
          ...snapshotOptions(config),
          onError: (error) =>
            options.logger?.warn({ code: error.code, error: error.message }, 'answering in the main thread: ' + error.message),
        })
      : undefined;
  // A reload swaps `current` (ops/watch.ts); the workers start loading the same notes at once.
  const knowledge: KnowledgeHolder = {
    get current() {
      return current;
    },
    set current(next) {
      current = next;
      workers?.sync(next);
    },
  };
  const store =
    options.store ??
    (options.storeKind === 'memory'
      ? new MemoryStore({ sessionTtlMs: config.sessionTtlMs, ...(options.now && { now: options.now }) })
      : await openStore(config));
  if (options.store || options.storeKind === 'memory') await store.init();
  const onboarding = new Onboarding({
    store,
    knowledge,
    now: options.now,
    instanceId: options.instanceId,
    timeZone: config.onboarding.timeZone,
    dailyAt: config.onboarding.dailyAt,
    ...(config.onboarding.digest && {
      digest: {
        platform: 'slack',
        channel: config.onboarding.digest.channelId,
        weekday: config.onboarding.digest.weekday,
        at: config.onboarding.digest.at,
      },
    }),
  });
  // A learning path naming a section the notes do not have stops the start (PATHS_INVALID, file:line).
  await onboarding.defaultPath();
  const expertPlatforms = [config.onboarding.expertsChannelId && 'slack', config.onboarding.teamsExpertsConversationId && 'teams'].filter(
    (p): p is string => Boolean(p),
  );
  const core = createAssistant({
    onboarding,
    expertPlatforms,
    knowledge,
    store,
    adminUserIds: config.adminUserIds,
    rateLimitPerMinute: config.rateLimitPerMinute,
    now: options.now,
    random: options.random,
    ...(workers && { answerer: workers }),
    ...(config.notesUrl && { notesUrl: config.notesUrl }),
  });
  options.metrics?.recordKnowledge(knowledge.current);
  const assistant =
    options.logger || options.metrics
      ? observeAssistant(core, {
          logger: options.logger ?? pino({ level: 'silent' }),
          metrics: options.metrics,
          secrets: secretsOf(config),
        })
      : core;
  const close = async () => {
    await workers?.close();
    await store.close();
  };
  return { config, knowledge, store, assistant, onboarding, ...(workers && { answerWorkers: workers }), close };
}
