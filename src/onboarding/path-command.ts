// The words that ask for the learning path: `/kafka path`, `경로`, `학습 경로` (also in a DM or console).
const PATH_WORDS = /^(?:path|learning\s*path|경로|학습\s*경로|러닝\s*패스|로드맵)$/i;

/** Whether `text` (trimmed) asks for the learning path. */
export function isPathCommand(text: string): boolean {
  return PATH_WORDS.test(text.trim());
}
