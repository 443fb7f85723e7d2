// The environment's variables and what each must look like (zod). Read only by loadConfig
// (config.ts); an issue names the variable and what is wrong, never its value.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['', '0', '1', 'true', 'false', 'yes', 'no'].includes(v), 'must be 1/0/true/false')
  .transform((v) => ['1', 'true', 'yes'].includes(v))
  .optional();
const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n > 0, 'must be greater than 0')
    .optional()
    .transform((v) => v ?? fallback);

const workerCount = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number (0 turns answer workers off)')
  .transform(Number)
  .refine((n) => n <= 16, 'must be at most 16')
  .optional();

export const EnvSchema = z.object({
  KNOWLEDGE_DIR: optionalString,
  DATA_DIR: optionalString,
  NOTES_URL: optionalString.refine((v) => v === undefined || (/^https?:\/\//i.test(v) && URL.canParse(v)), 'must be an http(s) URL'),
  REDIS_URL: optionalString.refine((v) => v === undefined || /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://'),
  QUIZ_SESSION_TTL_HOURS: positiveInt(24),
  PORT: positiveInt(3000).refine((n) => n < 65536, 'must be a TCP port'),
  HOST: optionalString,
  ADMIN_PORT: positiveInt(9100).refine((n) => n < 65536, 'must be a TCP port'),
  ADMIN_HOST: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  RATE_LIMIT_PER_MINUTE: positiveInt(20),
  ADMIN_USER_IDS: optionalString,
  KNOWLEDGE_WATCH: flag,
  ANSWER_WORKERS: workerCount,
  KNOWLEDGE_SNAPSHOT: flag,
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token (xoxb-…)'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token (xapp-…)'),
  SLACK_API_URL: optionalString.refine((v) => v === undefined || URL.canParse(v), 'must be a URL'),
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MICROSOFT_APP_TENANT_ID: optionalString,
  TEAMS_LOCAL: flag,
  ONBOARDING_CHANNEL_IDS: optionalString,
  DIGEST_CHANNEL_ID: optionalString.refine((v) => v === undefined || /^[CG][A-Z0-9]+$/.test(v), 'must be a Slack channel id (C…/G…)'),
  DIGEST_AT: optionalString.refine(
    (v) => v === undefined || /^(sun|mon|tue|wed|thu|fri|sat)\s+([01]\d|2[0-3]):[0-5]\d$/i.test(v),
    'must be a weekday and HH:MM, e.g. "Mon 09:00"',
  ),
  TEAMS_EXPERTS_CONVERSATION_ID: optionalString,
  EXPERTS_CHANNEL_ID: optionalString.refine((v) => v === undefined || /^[CG][A-Z0-9]+$/.test(v), 'must be a Slack channel id (C…/G…)'),
  TZ: optionalString.refine((v) => v === undefined || isTimeZone(v), 'must be an IANA time zone such as Asia/Seoul'),
  DAILY_QUIZ_AT: optionalString.refine((v) => v === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'must be HH:MM (24-hour)'),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The variables once each has passed its own check. */
export type ParsedEnv = z.infer<typeof EnvSchema>;
