// Checks environment variables one by one against their zod schemas and words every failure for a
// person: the variable, the rule, where the value came from (`.env`), never the value itself and
// never zod's own wording. Used by loadConfig and by the Teams package script's settings.
import type { z } from 'zod';

type Env = Record<string, string | undefined>;

/** Where values came from, for messages. */
export interface EnvOrigin {
  /** Variables whose value was read from the `.env` file (loadEnvFile's `fromFile`). Default none. */
  fromFile?: ReadonlySet<string>;
}

/**
 * Plain words for an issue no check worded itself. Called by zod only for issues without their own
 * message, so a refine's or regex's message wins; whatever else zod may raise still reads as a rule.
 */
export function friendlyIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_type':
      return 'must be text';
    default:
      return 'is not in a form the bot understands';
  }
}

/** ` (from .env)` after a problem with `subject`, ` (A, B from .env)` naming the others involved. */
export function originNote(origin: EnvOrigin, subject: string | undefined, ...others: string[]): string {
  const fromFile = origin.fromFile;
  if (!fromFile) return '';
  if (subject !== undefined && fromFile.has(subject) && others.length === 0) return ' (from .env)';
  const named = [subject, ...others].filter((n): n is string => n !== undefined && fromFile.has(n));
  return named.length > 0 ? ` (${named.join(', ')} from .env)` : '';
}

/** Each variable of `shape` checked on its own, so one bad value hides no other problem. */
export function checkVariables<S extends Record<string, z.ZodType>>(
  shape: S,
  env: Env,
  origin: EnvOrigin,
): { values: Partial<{ [K in keyof S]: z.output<S[K]> }>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const result = schema.safeParse(env[name], { error: friendlyIssue });
    if (result.success) values[name] = result.data;
    else problems.push(...result.error.issues.map((i) => `${name} ${i.message}${originNote(origin, name)}`));
  }
  return { values: values as Partial<{ [K in keyof S]: z.output<S[K]> }>, problems };
}
