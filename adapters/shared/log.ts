// The one logger type every adapter writes to: pino-shaped (context object first, then the
// message) so the app's pino logger fits as it is; a silent one for tests and a JSON-lines default.
// Callers pass ids and describeError summaries (errors.ts), never tokens.

/** A pino-compatible logger; `pino()` satisfies it. */
export interface AdapterLogger {
  debug(context: object, message?: string): void;
  info(context: object, message?: string): void;
  warn(context: object, message?: string): void;
  error(context: object, message?: string): void;
}

/** Logger that drops everything (tests). */
export const silentLogger: AdapterLogger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Default when no logger is given: one JSON line per info, warning or error on stderr (debug is
 * dropped), with `component` in every line when given.
 */
export function jsonLinesLogger(component?: string): AdapterLogger {
  const line = (level: string) => (context: object, msg?: string) => {
    process.stderr.write(`${JSON.stringify({ level, ...(component && { component }), ...context, msg })}\n`);
  };
  return { debug() {}, info: line('info'), warn: line('warn'), error: line('error') };
}
