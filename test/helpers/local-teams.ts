// The Teams path of a test file, started once: a fake Bot Connector, the real runtime on the
// bundled notes in memory (TEAMS_LOCAL, no tokens), and the Teams app on the shared HTTP server.
// The connector's record is cleared before each test.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createHttpServer, type HttpServer } from '../../adapters/http/server.js';
import { silentLogger, type AdapterLogger } from '../../adapters/shared/log.js';
import { createTeamsApp, type TeamsApp, type TeamsAppOptions } from '../../adapters/teams/app.js';
import { createRuntime, loadConfig, type Assistant, type Runtime, type RuntimeOptions } from '../../src/index.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';

export interface LocalTeams {
  readonly connector: FakeConnector;
  readonly http: HttpServer;
  readonly runtime: Runtime;
  /** The Teams app (its CloudAdapter sends proactive messages: the quiz of the day, nudges). */
  readonly app: TeamsApp;
  /** `http://127.0.0.1:<port>`: POST activities to `${base}/api/messages`. */
  readonly base: string;
}

export interface LocalTeamsOptions {
  /** Runtime options on top of the memory store (a fixed `random`, …). */
  runtime?: Omit<RuntimeOptions, 'storeKind'>;
  /** The assistant the app talks to. Default: the runtime's. */
  assistant?: (runtime: Runtime) => Assistant;
  /** Default: silent. */
  logger?: AdapterLogger;
  /** Give the app the runtime's notes (message extension search). */
  knowledge?: boolean;
  /** Give the app the runtime's onboarding (welcome). */
  onboarding?: boolean;
  /** Extra app options. */
  app?: Partial<Pick<TeamsAppOptions, 'expertsConversationId' | 'metrics'>>;
  /** More configuration variables (ADMIN_USER_IDS, TZ, …). Default: none. */
  env?: Record<string, string>;
}

/** Start before the file's tests, stop after; read the fields inside tests (they are set by then). */
export function useLocalTeams(options: LocalTeamsOptions = {}): LocalTeams {
  let started: LocalTeams | undefined;
  beforeAll(async () => {
    const connector = await startFakeConnector();
    const config = loadConfig({ TEAMS_LOCAL: '1', KNOWLEDGE_DIR: 'knowledge', ...options.env });
    const runtime = await createRuntime(config, { ...options.runtime, storeKind: 'memory' });
    const http = createHttpServer({ ready: async () => true });
    const app = createTeamsApp({
      assistant: options.assistant?.(runtime) ?? runtime.assistant,
      store: runtime.store,
      teams: config.teams!,
      http,
      logger: options.logger ?? silentLogger,
      ...(options.knowledge && { knowledge: runtime.knowledge }),
      ...(options.onboarding && { onboarding: runtime.onboarding }),
      ...options.app,
    });
    const base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
    started = { connector, http, runtime, app, base };
  });
  afterAll(async () => {
    await started?.http.close();
    await started?.connector.close();
    await started?.runtime.close();
  });
  beforeEach(() => {
    started?.connector.calls.splice(0);
    started?.connector.created.splice(0);
    started?.connector.failUpdates(undefined);
  });
  const get = (): LocalTeams => {
    if (!started) throw new Error('useLocalTeams: read its fields inside a test, after beforeAll');
    return started;
  };
  return {
    get connector() {
      return get().connector;
    },
    get http() {
      return get().http;
    },
    get runtime() {
      return get().runtime;
    },
    get app() {
      return get().app;
    },
    get base() {
      return get().base;
    },
  };
}
