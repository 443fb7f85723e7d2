// The only reader of process.env. Every variable is validated with zod at start; an error names
// the variable, what is wrong with it and whether it came from `.env`, never its value (tokens and
// secrets live here). The variables' own checks are in env-schema.ts; this file combines them into a Config.
import { KafkaBotError } from '../model/errors.js';
import { checkVariables, originNote, type EnvOrigin } from './env-check.js';
import { EnvSchema, type ParsedEnv as Parsed } from './env-schema.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `Mon 09:00` -> weekday (0 = Sunday) and `HH:MM`. */
function digestAt(text: string): { weekday: number; at: string } {
  const [day = 'mon', at = '09:00'] = text.trim().split(/\s+/);
  return { weekday: WEEKDAYS.indexOf(day.toLowerCase()), at };
}

/** Onboarding the bot runs itself (docs/onboarding.md). */
export interface OnboardingConfig {
  /** Slack channels whose new members get the welcome DM (`ONBOARDING_CHANNEL_IDS`). Default none. */
  channelIds: string[];
  /** Time zone of schedules (`TZ`). Default the process's own (UTC when unset). */
  timeZone: string;
  /** Default time of the quiz of the day, `HH:MM` (`DAILY_QUIZ_AT`). Default 10:00. */
  dailyAt: string;
  /** Slack channel questions are forwarded to by "전문가에게 물어보기" (`EXPERTS_CHANNEL_ID`). Default off. */
  expertsChannelId?: string;
  /** Teams channel conversation "전문가에게 물어보기" posts to (`TEAMS_EXPERTS_CONVERSATION_ID`). Default off. */
  teamsExpertsConversationId?: string;
  /** Weekly lead's digest (`DIGEST_CHANNEL_ID`, `DIGEST_AT`, default Monday 09:00). Default off. */
  digest?: { channelId: string; weekday: number; at: string };
}

/** Slack settings; present when SLACK_BOT_TOKEN or SLACK_SIGNING_SECRET is set. */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Socket Mode when set; HTTP mode on `port` otherwise. */
  appToken?: string;
  /** Base URL of the Slack Web API (default Slack's own), for proxies and tests. */
  apiUrl?: string;
}

/** Teams settings; present when MICROSOFT_APP_ID is set or TEAMS_LOCAL=1. */
export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  /** `MICROSOFT_APP_TYPE`. Default SingleTenant with an app id (what Azure creates), MultiTenant in local mode. */
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** `MICROSOFT_APP_TENANT_ID`, the Entra directory the bot's app lives in; required unless MultiTenant. */
  tenantId?: string;
  /** Unauthenticated local testing (no app id). Never in production. */
  local: boolean;
}

export interface Config {
  /** Folder of notes. Default `./knowledge`. */
  knowledgeDir: string;
  /** Where the notes can be read (`NOTES_URL`): a source links to it + its path in the folder + `#L<line>`. Default: no links. */
  notesUrl?: string;
  /** Folder of the SQLite file. Default `./data`. */
  dataDir: string;
  /** Redis instead of SQLite when set. */
  redisUrl?: string;
  /** Unfinished quiz sessions expire after this long. Default 24 h. */
  sessionTtlMs: number;
  /** HTTP port for Slack HTTP mode, Teams and health. Default 3000. */
  port: number;
  /** Interface to listen on. Default 127.0.0.1 in Teams local mode (unauthenticated), all interfaces otherwise. */
  host?: string;
  /** Port of the admin server (/healthz, /readyz, /metrics), never the public one. Default 9100; 0 picks a free port. */
  adminPort: number;
  /** Interface of the admin server. Default 127.0.0.1. */
  adminHost: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logFormat?: 'json' | 'pretty';
  /** Questions per user per minute. Default 20. */
  rateLimitPerMinute: number;
  /** Raw platform user ids allowed to run `/kafka gaps`. */
  adminUserIds: string[];
  /** Watch the knowledge folder and reload on change. Default true. */
  watchKnowledge: boolean;
  /**
   * Worker threads that search and compose answers off the event loop that acks (`ANSWER_WORKERS`);
   * 0 answers in the main thread. Default 1.
   */
  answerWorkers: number;
  /**
   * Save the loaded knowledge to DATA_DIR and start from it while the notes, glossary, quiz files and
   * code are unchanged (`KNOWLEDGE_SNAPSHOT`, the CLI's `--no-snapshot`). Default on.
   */
  knowledgeSnapshot: boolean;
  slack?: SlackConfig;
  teams?: TeamsConfig;
  onboarding: OnboardingConfig;
}

type Env = Record<string, string | undefined>;

/**
 * Parse and validate the environment; throws CONFIG_INVALID naming every bad variable in one message.
 * `origin.fromFile` names the variables `.env` supplied, so their problems say "(from .env)".
 */
export function loadConfig(env: Env = process.env, origin: EnvOrigin = {}): Config {
  // Each variable on its own, so one malformed value does not hide the others (or the cross-field checks).
  const { values: parsed, problems } = checkVariables(EnvSchema.shape, env, origin);
  if (parsed.ADMIN_PORT !== undefined && parsed.ADMIN_PORT === parsed.PORT) {
    problems.push(`ADMIN_PORT must differ from PORT${originNote(origin, 'ADMIN_PORT', 'PORT')}`);
  }
  const slack = slackConfig(parsed, problems, origin);
  const teams = teamsConfig(parsed, problems, origin);
  if (problems.length > 0) {
    throw new KafkaBotError('CONFIG_INVALID', `invalid configuration: ${problems.join('; ')}`);
  }
  const ok = parsed as Parsed;
  return {
    knowledgeDir: ok.KNOWLEDGE_DIR ?? 'knowledge',
    notesUrl: ok.NOTES_URL,
    dataDir: ok.DATA_DIR ?? 'data',
    redisUrl: ok.REDIS_URL,
    sessionTtlMs: ok.QUIZ_SESSION_TTL_HOURS * 3_600_000,
    port: ok.PORT,
    host: ok.HOST ?? (teams?.local ? '127.0.0.1' : undefined),
    adminPort: ok.ADMIN_PORT,
    adminHost: ok.ADMIN_HOST ?? '127.0.0.1',
    logLevel: ok.LOG_LEVEL ?? 'info',
    logFormat: ok.LOG_FORMAT,
    rateLimitPerMinute: ok.RATE_LIMIT_PER_MINUTE,
    adminUserIds: (ok.ADMIN_USER_IDS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    watchKnowledge: ok.KNOWLEDGE_WATCH ?? true,
    answerWorkers: ok.ANSWER_WORKERS ?? 1,
    knowledgeSnapshot: ok.KNOWLEDGE_SNAPSHOT ?? true,
    slack,
    teams,
    onboarding: {
      channelIds: (ok.ONBOARDING_CHANNEL_IDS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      timeZone: ok.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      dailyAt: ok.DAILY_QUIZ_AT ?? '10:00',
      expertsChannelId: ok.EXPERTS_CHANNEL_ID,
      teamsExpertsConversationId: ok.TEAMS_EXPERTS_CONVERSATION_ID,
      digest: ok.DIGEST_CHANNEL_ID ? { channelId: ok.DIGEST_CHANNEL_ID, ...digestAt(ok.DIGEST_AT ?? 'Mon 09:00') } : undefined,
    },
  };
}

function slackConfig(e: Partial<Parsed>, problems: string[], origin: EnvOrigin): SlackConfig | undefined {
  if (!e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) return undefined;
  const set = (['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const).filter((name) => e[name]);
  const because = `when any SLACK_* variable is set${originNote(origin, undefined, ...set)}`;
  if (!e.SLACK_BOT_TOKEN) problems.push(`SLACK_BOT_TOKEN is required ${because}`);
  if (!e.SLACK_SIGNING_SECRET) problems.push(`SLACK_SIGNING_SECRET is required ${because}`);
  return {
    botToken: e.SLACK_BOT_TOKEN ?? '',
    signingSecret: e.SLACK_SIGNING_SECRET ?? '',
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
  };
}

function teamsConfig(e: Partial<Parsed>, problems: string[], origin: EnvOrigin): TeamsConfig | undefined {
  const local = e.TEAMS_LOCAL ?? false;
  if (!e.MICROSOFT_APP_ID && !local) {
    if (e.MICROSOFT_APP_PASSWORD) {
      problems.push(
        `MICROSOFT_APP_ID is required when MICROSOFT_APP_PASSWORD is set${originNote(origin, undefined, 'MICROSOFT_APP_PASSWORD')}`,
      );
    }
    return undefined;
  }
  // Azure creates single-tenant bots only (multi-tenant creation ended July 2025), so that is the
  // default with an app id; local mode has no identity, and botbuilder's SingleTenant needs one.
  const appType = e.MICROSOFT_APP_TYPE ?? (e.MICROSOFT_APP_ID ? 'SingleTenant' : 'MultiTenant');
  const shownType = `${e.MICROSOFT_APP_TYPE ? '' : 'the default '}MICROSOFT_APP_TYPE=${appType}`;
  const typeNote = originNote(origin, undefined, 'MICROSOFT_APP_ID', ...(e.MICROSOFT_APP_TYPE ? ['MICROSOFT_APP_TYPE'] : []));
  if (e.MICROSOFT_APP_ID && appType !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD) {
    problems.push(`MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set with ${shownType}${typeNote}`);
  }
  if (e.MICROSOFT_APP_ID && appType !== 'MultiTenant' && !e.MICROSOFT_APP_TENANT_ID) {
    const hint = e.MICROSOFT_APP_TYPE
      ? ''
      : ', or set MICROSOFT_APP_TYPE=MultiTenant for a bot registered as multi-tenant before August 2025';
    problems.push(`MICROSOFT_APP_TENANT_ID is required for ${shownType}${hint}${typeNote}`);
  }
  return {
    appId: e.MICROSOFT_APP_ID,
    appPassword: e.MICROSOFT_APP_PASSWORD,
    appType,
    tenantId: e.MICROSOFT_APP_TENANT_ID,
    local: local && !e.MICROSOFT_APP_ID,
  };
}
