// `npm start`: reads `.env` (never overriding variables already set; lines it cannot read are named on
// stderr) and the configuration, then runs Slack and/or Teams when their variables are set, or the
// console on the bundled notes when none are. SIGHUP reloads the notes in every mode; SIGTERM/SIGINT
// stop the servers cleanly.
import { parseArgs } from 'node:util';
import { createLogger, isKafkaBotError, loadConfig, loadEnvFile, type Config } from '../src/index.js';
import { runConsole } from './console/app.js';
import { ConsoleNotices, noticeDestination } from './console/notices.js';
import { safeAssistant } from './shared/echo.js';
import { startBot } from './start.js';

const SWITCH =
  'Slack: SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (+ SLACK_APP_TOKEN for Socket Mode); ' +
  'Teams: MICROSOFT_APP_ID + MICROSOFT_APP_PASSWORD + MICROSOFT_APP_TENANT_ID. See docs/slack.md, docs/teams.md.';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { knowledge: { type: 'string' } }, allowPositionals: true });
  const dotEnv = loadEnvFile();
  for (const warning of dotEnv.warnings) process.stderr.write(`warning: ${warning}\n`);
  const config: Config = loadConfig(process.env, dotEnv);
  if (values.knowledge) config.knowledgeDir = values.knowledge;
  const consoleMode = !config.slack && !config.teams;
  // The console shows reloads and warnings as friendly lines above its prompt, never JSON log lines.
  const notices = consoleMode ? new ConsoleNotices() : undefined;
  if (notices && !process.env.LOG_LEVEL) config.logLevel = 'info';
  const logger = notices ? createLogger(config, { destination: noticeDestination(notices), pretty: false }) : undefined;
  const bot = await startBot(config, logger ? { logger } : {});
  process.on('SIGHUP', () => {
    bot.logger.info({ signal: 'SIGHUP' }, 'reloading knowledge');
    void bot.reload();
  });
  if (consoleMode) {
    const k = bot.runtime.knowledge.current;
    await runConsole({
      // No control/bidi characters (terminal escapes) or long echoes of the input on the terminal.
      assistant: safeAssistant(bot.runtime.assistant),
      notices,
      banner:
        `Kafka Bot — console mode (no Slack/Teams credentials set). ` +
        `${k.chunks.length} chunks from ${k.files.length} note(s) in ${config.knowledgeDir}.\n` +
        `To run in chat instead set ${SWITCH}\n'help' 도움말 · 'path' 학습 경로 · 'quiz' 퀴즈 · 'exit' 종료.`,
    });
    await bot.close();
    return;
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    bot.logger.info({ signal }, 'stopping: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 8_000);
    force.unref();
    bot.close().then(
      () => process.exit(0),
      (error: unknown) => {
        bot.logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Kafka Bot could not start: ${isKafkaBotError(error) ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
