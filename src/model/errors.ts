// The one error type of the core. Codes let adapters pick a polite reply and let tests assert
// on what went wrong without matching on message text.

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_UNREADABLE'
  | 'KNOWLEDGE_INVALID'
  | 'GLOSSARY_INVALID'
  | 'QUIZ_INVALID'
  | 'PATHS_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'BAD_INPUT'
  /** An answer worker thread failed to start, died or stalled; the question was answered in the main thread. */
  | 'ANSWER_WORKER_FAILED'
  | 'INTERNAL';

/** Where in a file an error points, when it does. */
export interface ErrorLocation {
  file: string;
  line?: number;
}

export class KafkaBotError extends Error {
  readonly code: ErrorCode;
  readonly location?: ErrorLocation;

  constructor(code: ErrorCode, message: string, options?: { location?: ErrorLocation; cause?: unknown }) {
    const where = options?.location ? `${options.location.file}${options.location.line ? `:${options.location.line}` : ''}: ` : '';
    super(`${where}${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KafkaBotError';
    this.code = code;
    this.location = options?.location;
  }
}

export function isKafkaBotError(error: unknown): error is KafkaBotError {
  return error instanceof KafkaBotError;
}
