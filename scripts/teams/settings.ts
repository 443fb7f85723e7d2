// What `npm run teams:package` needs, and only that: the ids the package holds. MICROSOFT_APP_ID (the
// bot the app talks to) and TEAMS_APP_ID (the Teams app's own id, default the bot's). No password,
// tenant or Slack variables: a package can be built on any machine. Checked like the bot's configuration.
import { z } from 'zod';
import { KafkaBotError, checkVariables, type EnvOrigin } from '../../src/index.js';

const guid = (what: string) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .pipe(z.guid({ error: `must be a GUID (${what})` }).optional());

const PackageSchema = {
  MICROSOFT_APP_ID: guid("the Application (client) ID of the bot's Azure app"),
  TEAMS_APP_ID: guid('the Teams app id, unique to your organisation'),
};

export interface PackageSettings {
  /** The bot's Azure app id: `bots[].botId` and `composeExtensions[].botId`. */
  botId: string;
  /** The manifest's own `id`: TEAMS_APP_ID, else the bot's app id. */
  appId: string;
}

/** The package's ids from the environment; throws CONFIG_INVALID naming every bad variable, never a value. */
export function packageSettings(env: Record<string, string | undefined>, origin: EnvOrigin = {}): PackageSettings {
  const { values, problems } = checkVariables(PackageSchema, env, origin);
  if (values.MICROSOFT_APP_ID === undefined && !problems.some((p) => p.startsWith('MICROSOFT_APP_ID '))) {
    problems.unshift("MICROSOFT_APP_ID is required: the Application (client) ID of the bot's Azure app (the password is not needed)");
  }
  if (problems.length > 0) throw new KafkaBotError('CONFIG_INVALID', `invalid configuration: ${problems.join('; ')}`);
  const botId = values.MICROSOFT_APP_ID!;
  return { botId, appId: values.TEAMS_APP_ID ?? botId };
}
