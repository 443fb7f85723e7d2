// The logging the Teams adapter needs: pino-shaped (context object first, then message) so the
// app's pino logger fits, with a console fallback. Callers pass ids and error names, never secrets.

/** A pino-compatible logger; `pino()` satisfies it. */
export interface TeamsLogger {
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

/** Default when no logger is given: one JSON-ish line per event on stderr. */
export const consoleLogger: TeamsLogger = {
  info: (context, message) => console.error(`[teams] ${message}`, JSON.stringify(context)),
  warn: (context, message) => console.error(`[teams] WARN ${message}`, JSON.stringify(context)),
  error: (context, message) => console.error(`[teams] ERROR ${message}`, JSON.stringify(context)),
};
