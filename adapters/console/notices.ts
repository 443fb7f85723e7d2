// Lines the console shows between answers, such as what a reload of the notes did: one friendly line
// each (a broken note names its file:line), never the JSON log line. The log's destination in console
// mode parses pino's lines and keeps only these; they wait until the console is there to print them.

/** Where the console prints a notice (above the prompt, which it then redraws). */
export class ConsoleNotices {
  private print: ((line: string) => void) | undefined;
  private readonly waiting: string[] = [];

  attach(print: (line: string) => void): void {
    this.print = print;
    for (const line of this.waiting.splice(0)) print(line);
  }

  say(line: string): void {
    if (this.print) this.print(line);
    else this.waiting.push(line);
  }
}

interface LogEntry {
  level?: number;
  msg?: string;
  chunks?: number;
  quizItems?: number;
  file?: string;
  line?: number;
  error?: string;
  warning?: string;
}

/** The one line a log entry is worth in the console, or undefined (info and debug chatter). */
export function noticeOf(entry: LogEntry): string | undefined {
  if (entry.msg === 'knowledge reloaded') return `📚 노트를 다시 읽었어요: 섹션 ${entry.chunks ?? 0}개, 퀴즈 ${entry.quizItems ?? 0}문제.`;
  if (entry.msg?.startsWith('knowledge reload failed')) {
    // The error's own message usually starts with its file:line already.
    const at = entry.file ? `${entry.file}${entry.line ? `:${entry.line}` : ''}` : '';
    const where = at && !entry.error?.startsWith(entry.file ?? '') ? `${at}: ` : '';
    return `⚠️ 노트를 다시 읽지 못해 이전 노트로 답해요. ${where}${entry.error ?? ''}`.trim();
  }
  if (entry.msg === 'knowledge warning' && entry.warning) return `⚠️ ${entry.warning}`;
  if ((entry.level ?? 0) >= 40 && entry.msg) return `⚠️ ${entry.msg}`;
  return undefined;
}

/** A pino destination for console mode: each JSON line becomes a friendly notice, or nothing. */
export function noticeDestination(notices: ConsoleNotices): { write(line: string): boolean } {
  return {
    write(line) {
      for (const one of line.split('\n').filter(Boolean)) {
        let entry: LogEntry;
        try {
          entry = JSON.parse(one) as LogEntry;
        } catch {
          continue;
        }
        const notice = noticeOf(entry);
        if (notice) notices.say(notice);
      }
      return true;
    },
  };
}
