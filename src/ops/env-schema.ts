// The environment's variables and what each must look like (zod). Read only by loadConfig
// (config.ts); an issue names the variable and the rule in plain words, never its value, and never
// zod's own wording (friendlyIssue words whatever a check did not word itself).
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
/** A whole number (negative ones too, so `-1` is told the real rule rather than "not a number"). */
const wholeNumber = (rule: string) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `must be a whole number${rule ? ` ${rule}` : ''}`)
    .transform(Number);
const positiveInt = (fallback: number) =>
  wholeNumber('')
    .refine((n) => n >= 1, 'must be 1 or more')
    .optional()
    .transform((v) => v ?? fallback);
const port = (fallback: number) =>
  wholeNumber('(a TCP port, 1 to 65535)')
    .refine((n) => n >= 1 && n <= 65535, 'must be a TCP port from 1 to 65535')
    .optional()
    .transform((v) => v ?? fallback);
const workerCount = wholeNumber('from 0 to 16 (0 answers in the main thread)')
  .refine((n) => n >= 0 && n <= 16, 'must be from 0 to 16 (0 answers in the main thread)')
  .optional();
/** One of a fixed list; empty counts as unset. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  optionalString.pipe(z.enum(values, { error: `must be one of ${values.join(', ')}` }).optional());

const slackChannelId = optionalString.refine((v) => v === undefined || /^[CG][A-Z0-9]+$/.test(v), 'must be a Slack channel id (C…/G…)');

export const EnvSchema = z.object({
  KNOWLEDGE_DIR: optionalString,
  DATA_DIR: optionalString,
  NOTES_URL: optionalString.refine((v) => v === undefined || (/^https?:\/\//i.test(v) && URL.canParse(v)), 'must be an http(s) URL'),
  REDIS_URL: optionalString.refine((v) => v === undefined || /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://'),
  QUIZ_SESSION_TTL_HOURS: positiveInt(24),
  PORT: port(3000),
  HOST: optionalString,
  ADMIN_PORT: port(9100),
  ADMIN_HOST: optionalString,
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  LOG_FORMAT: oneOf(['json', 'pretty']),
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
  MICROSOFT_APP_TYPE: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']),
  MICROSOFT_APP_TENANT_ID: optionalString,
  TEAMS_LOCAL: flag,
  ONBOARDING_CHANNEL_IDS: optionalString,
  DIGEST_CHANNEL_ID: slackChannelId,
  DIGEST_AT: optionalString.refine(
    (v) => v === undefined || /^(sun|mon|tue|wed|thu|fri|sat)\s+([01]\d|2[0-3]):[0-5]\d$/i.test(v),
    'must be a weekday and HH:MM, e.g. "Mon 09:00"',
  ),
  TEAMS_EXPERTS_CONVERSATION_ID: optionalString,
  EXPERTS_CHANNEL_ID: slackChannelId,
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
