// Reload the knowledge without a restart: chokidar watches the folder (and SIGHUP calls
// reloadKnowledge); changed notes alone are re-chunked into the index in place (reload-files.ts),
// a .yml change loads it all; `holder.current` is swapped only after a successful load.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Knowledge, KnowledgeHolder } from '../knowledge/types.js';
import type { Logger } from './log.js';
import type { BotMetrics } from './metrics.js';
import { isKafkaBotError } from '../model/errors.js';
import { loadKnowledge } from '../knowledge/load.js';
import { reloadFiles } from '../knowledge/reload-files.js';

export interface ReloadOptions {
  /** Where success (info) and failure (error, with file:line) are logged. */
  logger: Logger;
  /** Chunk count, last reload time and failures are recorded here. Default: none. */
  metrics?: BotMetrics;
}

export interface WatchOptions extends ReloadOptions {
  /** Wait this long after the last change before reloading (editors write in bursts). Default 300 ms. */
  debounceMs?: number;
}

export interface KnowledgeWatcher {
  /** Resolves when the initial scan is done and changes are being watched. */
  ready: Promise<void>;
  /** Reload now (what SIGHUP does); resolves true when the new knowledge is in use. */
  reload(): Promise<boolean>;
  close(): Promise<void>;
}

/** Load `dir` again and swap it in; on failure keep the current knowledge and log where the error is. */
export async function reloadKnowledge(holder: KnowledgeHolder, dir: string, options: ReloadOptions): Promise<boolean> {
  const started = performance.now();
  try {
    const next = await loadKnowledge(dir);
    for (const warning of next.warnings) options.logger.warn({ warning }, 'knowledge warning');
    return swapIn(holder, next, options, started, { glossary: next.glossary.length });
  } catch (error) {
    logFailure(error, options);
    return false;
  }
}

/** Put `next` in use (the answer workers follow the holder), count it, and log one line with `detail`. */
function swapIn(holder: KnowledgeHolder, next: Knowledge, options: ReloadOptions, started: number, detail: object): true {
  holder.current = next;
  options.metrics?.recordKnowledge(next);
  const ms = Math.round(performance.now() - started);
  options.logger.info({ chunks: next.chunks.length, quizItems: next.quizItems.length, ...detail, ms }, 'knowledge reloaded');
  return true;
}

function logFailure(error: unknown, options: ReloadOptions): void {
  options.metrics?.knowledgeReloadFailures.inc();
  const location = isKafkaBotError(error) ? error.location : undefined;
  options.logger.error(
    {
      file: location?.file,
      line: location?.line,
      code: isKafkaBotError(error) ? error.code : undefined,
      error: (error as Error)?.message ?? String(error),
    },
    `knowledge reload failed, keeping the previous notes: ${(error as Error)?.message ?? String(error)}`,
  );
}

/** Re-chunk only `files` (absolute paths) into the current knowledge; undefined when a full load is needed. */
export async function reloadChangedFiles(holder: KnowledgeHolder, files: string[], options: ReloadOptions): Promise<boolean | undefined> {
  const started = performance.now();
  try {
    const next = await reloadFiles(holder.current, files);
    if (!next) return undefined;
    return swapIn(holder, next, options, started, { files: files.length, incremental: true });
  } catch (error) {
    logFailure(error, options);
    return false;
  }
}

const WATCHED = /\.(md|ya?ml)$/i;
/** chokidar, loaded with the first watcher: a CLI answer never watches (about 20 ms of a start). */
const chokidar = () => createRequire(import.meta.url)('chokidar') as typeof import('chokidar');

/** Watch `dir` for .md/.yml changes (dotfiles ignored) and reload, one reload at a time. */
export function watchKnowledge(holder: KnowledgeHolder, dir: string, options: WatchOptions): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<boolean> | undefined;
  let again = false;
  let closed = false;
  let full = false;
  const pending = new Set<string>();

  /** Changed notes alone when that is all that changed, else everything. */
  const step = async (): Promise<boolean> => {
    const files = [...pending];
    const wholeFolder = full;
    pending.clear();
    full = false;
    if (!wholeFolder && files.length > 0) {
      const ok = await reloadChangedFiles(holder, files, options);
      if (ok !== undefined) return ok;
    }
    return reloadKnowledge(holder, dir, options);
  };

  const reload = async (wholeFolder = true): Promise<boolean> => {
    if (wholeFolder) full = true;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok = await step();
      while (again && !closed) {
        again = false;
        ok = await step();
      }
      return ok;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const root = path.resolve(dir);
  const watcher = chokidar().watch(root, {
    ignoreInitial: true,
    // A linked folder can loop or lead out of the knowledge folder; the loader never enters one.
    followSymlinks: false,
    ignored: (file, stats) => {
      const rel = path.relative(root, file);
      if (rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) return true;
      return Boolean(stats?.isFile()) && !WATCHED.test(file);
    },
  });
  const schedule = (event: string, file: string) => {
    if (closed || !WATCHED.test(file)) return;
    options.logger.debug({ event, file: path.relative(process.cwd(), file) }, 'knowledge changed');
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(() => void reload(false), debounceMs);
  };
  watcher.on('add', (f) => schedule('add', f));
  watcher.on('change', (f) => schedule('change', f));
  watcher.on('unlink', (f) => schedule('unlink', f));
  watcher.on('error', (error) => options.logger.error({ error: (error as Error)?.message ?? String(error) }, 'knowledge watcher error'));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    reload: () => reload(true),
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
