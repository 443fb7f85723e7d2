// A logger for tests that keeps every line it is given (the adapters' one logger type,
// adapters/shared/log.ts), so a test can assert what was logged and that no secret was.
import type { AdapterLogger } from '../../adapters/shared/log.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  context: object;
  message: string;
}

/** A logger that appends to `lines` (debug lines too, when `debug` is set). */
export function recordingLogger(lines: LogLine[] = [], options: { debug?: boolean } = {}): AdapterLogger & { lines: LogLine[] } {
  const keep = (level: LogLine['level']) => (context: object, message?: string) =>
    void lines.push({ level, context, message: message ?? '' });
  return { lines, debug: options.debug ? keep('debug') : () => {}, info: keep('info'), warn: keep('warn'), error: keep('error') };
}
