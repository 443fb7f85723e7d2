// The logging the Teams adapter needs: pino-shaped (context object first, then message) so the
// app's pino logger fits, with a console fallback. Callers pass ids and error names, never secrets.

/** A pino-compatible logger; `pino()` satisfies it. */
export interface TeamsLogger {
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

/** Default when no logger is given: one JSON line per event on stderr. */
export const consoleLogger: TeamsLogger = {
  info: (context, message) => line('info', context, message),
  warn: (context, message) => line('warn', context, message),
  error: (context, message) => line('error', context, message),
};

function line(level: string, context: object, msg: string): void {
  process.stderr.write(`${JSON.stringify({ level, component: 'teams', ...context, msg })}\n`);
}
