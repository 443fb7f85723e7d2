// Answering off the event loop that acknowledges Slack and Teams: search + compose run in worker
// threads holding their own copy of the notes. A question goes to a worker only once that worker has
// proved (by fingerprint) it holds the caller's notes; otherwise, and whenever a worker fails to
// start, dies or stalls, the question is answered in this thread, so none is ever lost.
import { Worker } from 'node:worker_threads';
import { KafkaBotError } from '../model/errors.js';
import type { Knowledge } from '../knowledge/types.js';
import type { Reply } from '../model/reply.js';
import { composeRequest, knowledgeFingerprint, type Answerer, type AnswerRequest } from './request.js';
import { startWorker, type FromWorker, type ToWorker } from './worker-thread.js';

export interface AnswerWorkersOptions {
  /** Worker threads. Default 1. */
  size?: number;
  /** Told about every failure (code ANSWER_WORKER_FAILED); the question is answered anyway. Default: nothing. */
  onError?: (error: KafkaBotError) => void;
  /** Longest a question waits for a worker before it is answered here and the worker restarted. Default 10 000 ms. */
  timeoutMs?: number;
  /** First restart delay after a failure, doubling per failure in a row, at most 30 s. Default 200 ms. */
  restartDelayMs?: number;
  /** Called with every worker thread started (diagnostics, tests). Default: nothing. */
  onWorkerStarted?: (worker: Worker) => void;
  /** DATA_DIR holding the knowledge snapshot the workers may start from. Default: none (they parse). */
  snapshotDir?: string;
}

interface Pending {
  knowledge: Knowledge;
  request: AnswerRequest;
  resolve: (reply: Reply) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker?: Worker;
  /** The notes this worker proved it holds. */
  mirror?: Knowledge;
  loading?: { generation: number; knowledge: Knowledge };
  pending: Map<number, Pending>;
  failures: number;
  restart?: NodeJS.Timeout;
}

/** What happened so far (tests, metrics, the load test). */
export interface AnswerWorkerStats {
  started: number;
  failures: number;
  viaWorker: number;
  inThread: number;
}

export class AnswerWorkers implements Answerer {
  private readonly slots: Slot[];
  private readonly generations = new WeakMap<Knowledge, number>();
  private nextGeneration = 1;
  private nextId = 1;
  private closed = false;
  private readonly counts: AnswerWorkerStats = { started: 0, failures: 0, viaWorker: 0, inThread: 0 };
  private readonly timeoutMs: number;
  private readonly snapshotDir?: string;
  private readonly restartDelayMs: number;

  /** @param current the notes the main thread holds now (each worker loads them at start). */
  constructor(
    private current: Knowledge,
    private readonly options: AnswerWorkersOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.snapshotDir = options.snapshotDir;
    this.restartDelayMs = options.restartDelayMs ?? 200;
    this.slots = Array.from({ length: Math.max(1, options.size ?? 1) }, () => ({ pending: new Map(), failures: 0 }));
    for (const slot of this.slots) this.spawn(slot);
  }

  stats(): AnswerWorkerStats {
    return { ...this.counts };
  }

  /** Workers that hold `knowledge` and take questions for it. */
  readyFor(knowledge: Knowledge): number {
    return this.slots.filter((s) => s.worker && s.mirror === knowledge).length;
  }

  answer(knowledge: Knowledge, request: AnswerRequest): Promise<Reply> {
    const ready = this.slots.filter((s) => s.worker && s.mirror === knowledge);
    const slot = ready.sort((a, b) => a.pending.size - b.pending.size)[0];
    if (!slot?.worker || this.closed) {
      this.sync(knowledge);
      return this.here(knowledge, request);
    }
    const id = this.nextId++;
    const worker = slot.worker;
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(slot, worker, `an answer took longer than ${this.timeoutMs} ms`), this.timeoutMs);
      slot.pending.set(id, { knowledge, request, resolve, reject, timer });
      this.post(worker, { type: 'ask', id, generation: this.generationOf(knowledge), request });
    });
  }

  /** The main thread's notes changed: every worker loads them (questions are answered here until one has). */
  sync(knowledge: Knowledge): void {
    this.current = knowledge;
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.worker && slot.mirror !== knowledge && slot.loading?.knowledge !== knowledge) this.load(slot, knowledge);
    }
  }

  /** Stop the workers; questions still waiting are answered in this thread. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        clearTimeout(slot.restart);
        const worker = slot.worker;
        slot.worker = undefined;
        this.settleHere(slot);
        await worker?.terminate();
      }),
    );
  }

  private here(knowledge: Knowledge, request: AnswerRequest): Promise<Reply> {
    this.counts.inThread += 1;
    try {
      return Promise.resolve(composeRequest(knowledge, request));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private generationOf(knowledge: Knowledge): number {
    let generation = this.generations.get(knowledge);
    if (generation === undefined) {
      generation = this.nextGeneration++;
      this.generations.set(knowledge, generation);
    }
    return generation;
  }

  private spawn(slot: Slot): void {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch (error) {
      return this.report(`could not start an answer worker: ${(error as Error)?.message ?? String(error)}`, error);
    }
    this.counts.started += 1;
    // Never what keeps the process alive: shutdown terminates it, and a forgotten one must not hang a CLI.
    worker.unref();
    slot.worker = worker;
    slot.mirror = undefined;
    slot.loading = undefined;
    this.options.onWorkerStarted?.(worker);
    worker.on('message', (message: FromWorker) => this.receive(slot, worker, message));
    worker.on('error', (error) => this.fail(slot, worker, `answer worker failed: ${error.message}`, error));
    worker.on('exit', (code) => this.fail(slot, worker, `answer worker exited (code ${code})`));
    this.load(slot, this.current);
  }

  private load(slot: Slot, knowledge: Knowledge): void {
    const generation = this.generationOf(knowledge);
    slot.loading = { generation, knowledge };
    if (slot.worker) this.post(slot.worker, { type: 'load', generation, dir: knowledge.dir, snapshotDir: this.snapshotDir });
  }

  private post(worker: Worker, message: ToWorker): void {
    worker.postMessage(message);
  }

  private receive(slot: Slot, worker: Worker, message: FromWorker): void {
    if (slot.worker !== worker) return;
    switch (message.type) {
      case 'loaded': {
        const loading = slot.loading;
        if (!loading || loading.generation !== message.generation) return;
        slot.loading = undefined;
        if (knowledgeFingerprint(loading.knowledge) === message.fingerprint) slot.mirror = loading.knowledge;
        else
          this.report(
            'the answer worker loaded different notes than the main thread (changed meanwhile?); ' +
              'answering in the main thread until the next reload',
          );
        return;
      }
      case 'load_failed':
        if (slot.loading?.generation === message.generation) slot.loading = undefined;
        return this.report(`the answer worker could not load the notes: ${message.message}`);
      case 'answer': {
        const pending = this.take(slot, message.id);
        if (!pending) return;
        this.counts.viaWorker += 1;
        slot.failures = 0;
        return pending.resolve(message.reply);
      }
      case 'stale':
      case 'failed': {
        const pending = this.take(slot, message.id);
        if (message.type === 'failed') this.report(`the answer worker failed on a question: ${message.message}`);
        if (pending) this.here(pending.knowledge, pending.request).then(pending.resolve, pending.reject);
        return;
      }
    }
  }

  private take(slot: Slot, id: number): Pending | undefined {
    const pending = slot.pending.get(id);
    if (!pending) return undefined;
    clearTimeout(pending.timer);
    slot.pending.delete(id);
    return pending;
  }

  /** Questions waiting on a worker that is gone are answered here. */
  private settleHere(slot: Slot): void {
    for (const id of [...slot.pending.keys()]) {
      const pending = this.take(slot, id)!;
      this.here(pending.knowledge, pending.request).then(pending.resolve, pending.reject);
    }
  }

  /** A worker died, erred or stalled: drop it, answer its questions here, start another later. */
  private fail(slot: Slot, worker: Worker, message: string, cause?: unknown): void {
    if (slot.worker !== worker) return;
    slot.worker = undefined;
    slot.mirror = undefined;
    slot.loading = undefined;
    void worker.terminate();
    this.settleHere(slot);
    if (this.closed) return;
    this.report(message, cause);
    const delay = Math.min(30_000, this.restartDelayMs * 2 ** slot.failures);
    slot.failures += 1;
    slot.restart = setTimeout(() => !this.closed && this.spawn(slot), delay);
    slot.restart.unref();
  }

  private report(message: string, cause?: unknown): void {
    this.counts.failures += 1;
    this.options.onError?.(new KafkaBotError('ANSWER_WORKER_FAILED', message, cause === undefined ? undefined : { cause }));
  }
}
