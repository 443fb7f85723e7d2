// QuizService: runs `/kafka-quiz` sub-commands, O/X presses and typed answers against the
// SessionStore and the engine, and returns finished neutral Replies (kind 'quiz' or 'notice').
import { randomUUID } from 'node:crypto';
import type { QuizItem } from '../model/chunk.js';
import type { Choice, Reply } from '../model/reply.js';
import type { QuizSession, SessionStore } from '../store/store.js';
import { isPassText, parseChoiceText, parseQuizCommand } from './command.js';
import { grade, startSession, summarize, type ProgressSummary } from './engine.js';
import { commandAction, renderNotice, renderQuiz, usageText, type GradedAnswer } from './render.js';
import { renderLeaderboard, renderStats } from './render-stats.js';
import { TOPIC_KEYS, topicLabel, topicsOf } from './topics.js';

/** Who is asking. */
export interface QuizUser {
  userId: string;
  userName?: string;
}

/** An O/X button press (the fields of a `quiz_answer` action). */
export interface QuizPress {
  sessionId: string;
  index: number;
  choice: Choice;
  /** The user gave up on the question ("모르겠어", "pass"): recorded as a miss, `choice` ignored. */
  pass?: boolean;
}

export interface QuizServiceOptions {
  store: SessionStore;
  /** The current items (note markup + yml); read on every call so a reload takes effect. */
  items: () => QuizItem[];
  /** Clock. Default Date.now. */
  now?: () => number;
  /** Question order. Default Math.random. */
  random?: () => number;
  /** Session ids. Default crypto.randomUUID. */
  newId?: () => string;
  /** Rows in `/kafka-quiz top`. Default 10. */
  leaderboardSize?: number;
}

/** How long a `stop` mark on a session is remembered (longer than any session lives). */
const STOP_TTL_MS = 30 * 24 * 3_600_000;
const stopKey = (sessionId: string): string => `quiz-stop:${sessionId}`;
/** Players read before the board keeps the asker's platform's top ones. */
const BOARD_SCAN = 1000;

export class QuizService {
  private readonly store: SessionStore;
  private readonly items: () => QuizItem[];
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly newId: () => string;
  private readonly leaderboardSize: number;

  constructor(opts: QuizServiceOptions) {
    this.store = opts.store;
    this.items = opts.items;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.newId = opts.newId ?? randomUUID;
    this.leaderboardSize = opts.leaderboardSize ?? 10;
  }

  /** Run `/kafka-quiz <args>`. */
  async command(user: QuizUser, args: string): Promise<Reply> {
    const cmd = parseQuizCommand(args, new Set(this.tagTopics()));
    switch (cmd.type) {
      case 'start':
        return this.start(user, 'quiz', cmd.count, cmd.topic);
      case 'review':
        return this.start(user, 'review', cmd.count);
      case 'stats':
        return this.stats(user.userId);
      case 'top':
        return renderLeaderboard(await this.board(user.userId), user.userId);
      case 'help':
        return renderNotice('Kafka 퀴즈 도움말', usageText(this.tagTopics()));
      case 'stop':
        return this.stop(user);
      case 'answer':
        return (
          (await this.answerText(user, cmd.choice)) ??
          renderNotice('진행 중인 퀴즈가 없어요', '`/kafka-quiz` 로 퀴즈를 시작해 보세요.', { actions: [commandAction('퀴즈 시작', '')] })
        );
      case 'usage':
        return renderNotice('Kafka 퀴즈 사용법', `${cmd.problem}\n\n${usageText(this.tagTopics())}`);
    }
  }

  /**
   * The leaderboard of the asker's own platform (and Slack workspace): ids are `slack:T1:U…`,
   * `teams:…`, so the prefix up to the last `:` says where a player plays.
   */
  private async board(userId: string): Promise<Awaited<ReturnType<SessionStore['leaderboard']>>> {
    const home = userId.slice(0, userId.lastIndexOf(':') + 1);
    const rows = await this.store.leaderboard(BOARD_SCAN);
    return rows.filter((r) => r.userId.startsWith(home)).slice(0, this.leaderboardSize);
  }

  /** Handle an O/X press. Someone else's session, a repeat or an old question changes nothing. */
  async answer(user: QuizUser, press: QuizPress): Promise<Reply> {
    const session = await this.store.getSession(press.sessionId);
    if (!session) return notFound();
    if (session.userId !== user.userId) return otherUser(session);
    if (await this.store.has(stopKey(session.id))) {
      return renderNotice('멈춘 퀴즈예요', '이 퀴즈는 멈췄어요. `/kafka-quiz` 로 새로 시작해 보세요.', {
        actions: [commandAction('새 퀴즈', '')],
      });
    }
    const itemId = session.itemIds[press.index];
    if (itemId === undefined) return this.view(session, undefined, staleNote(session));
    const item = this.itemById(itemId);
    if (!item) {
      return renderNotice('문제가 바뀌었어요', '노트가 갱신되어 이 문제를 더 이상 찾을 수 없어요. `/kafka-quiz` 로 새로 시작해 주세요.', {
        actions: [commandAction('새 퀴즈', '')],
      });
    }
    // A pass is stored as the wrong choice, so stats, review and the leaderboard count it as a miss.
    const choice: Choice = press.pass ? (item.answer === 'O' ? 'X' : 'O') : press.choice;
    const { correct } = grade(session, item, choice);
    const outcome = await this.store.recordAnswer({
      sessionId: session.id,
      userId: user.userId,
      index: press.index,
      itemId,
      choice,
      correct,
      at: this.now(),
    });
    switch (outcome.status) {
      case 'recorded':
        return this.view(outcome.session, { item, chosen: choice, correct, ...(press.pass && { passed: true }) });
      case 'duplicate': {
        const first = outcome.session.answers.find((a) => a.index === press.index);
        const result = first ? { item, chosen: first.choice, correct: first.correct } : undefined;
        return this.view(outcome.session, result, '이미 답한 문제예요. 처음 답만 기록했어요.');
      }
      case 'stale':
        return this.view(outcome.session, undefined, staleNote(outcome.session));
      case 'not_owner':
        return otherUser(outcome.session);
      case 'not_found':
        return notFound();
    }
  }

  /** A typed answer (`O`, `x`, `맞다`, …, or a pass) to the user's active quiz; undefined when it is not one. */
  async answerText(user: QuizUser, text: string): Promise<Reply | undefined> {
    const pass = isPassText(text);
    const choice = parseChoiceText(text) ?? (pass ? 'O' : undefined);
    if (!choice) return undefined;
    const session = await this.store.getActiveSession(user.userId);
    if (!session || (await this.store.has(stopKey(session.id)))) return undefined;
    // A newer session (even a finished one) supersedes an abandoned older one for typed answers.
    const newest = (await this.store.listSessions(user.userId))[0];
    if (newest && newest.id !== session.id) return undefined;
    return this.answer(user, { sessionId: session.id, index: session.current, choice, ...(pass && { pass }) });
  }

  /** `/kafka-quiz stats`: the user's record as a notice. */
  async stats(userId: string): Promise<Reply> {
    return renderStats(await this.progressSummary(userId));
  }

  /** Sessions, accuracy, mastered items per topic and what to read next (Slack App Home). */
  async progressSummary(userId: string): Promise<ProgressSummary> {
    const [sessions, progress] = await Promise.all([this.store.listSessions(userId), this.store.listProgress(userId)]);
    return summarize(this.items(), progress, sessions.length);
  }

  private async start(user: QuizUser, mode: 'quiz' | 'review', count: number, topic?: string): Promise<Reply> {
    const items = this.items();
    const progress = mode === 'review' ? await this.store.listProgress(user.userId) : undefined;
    const result = startSession({
      id: this.newId(),
      userId: user.userId,
      items,
      count,
      mode,
      random: this.random,
      now: this.now(),
      ...(user.userName !== undefined && { userName: user.userName }),
      ...(topic !== undefined && { topic }),
      ...(progress && { progress }),
    });
    if (!result.ok) {
      if (result.reason === 'nothing_due') {
        return renderNotice('복습할 문제가 없어요', '틀렸던 문제를 모두 두 번 연속 맞혔어요. 👏 새 퀴즈를 풀어 볼까요?', {
          actions: [commandAction('새 퀴즈', '')],
        });
      }
      const what = topic ? `'${topicLabel(topic)}' 주제의 ` : '';
      return renderNotice(
        '문제가 아직 없어요',
        `${what}퀴즈 문제가 아직 없어요. 다른 주제를 골라 보세요.\n\n${usageText(this.tagTopics())}`,
      );
    }
    await this.store.createSession(result.session);
    return this.view(result.session);
  }

  private async stop(user: QuizUser): Promise<Reply> {
    const session = await this.store.getActiveSession(user.userId);
    if (!session || (await this.store.has(stopKey(session.id)))) {
      return renderNotice('진행 중인 퀴즈가 없어요', '`/kafka-quiz` 로 퀴즈를 시작해 보세요.');
    }
    await this.store.claim(stopKey(session.id), STOP_TTL_MS);
    const right = session.answers.filter((a) => a.correct).length;
    return renderNotice('퀴즈를 멈췄어요', `지금까지 ${session.answers.length}문제 중 ${right}개 맞혔어요. 기록은 남아 있어요.`, {
      actions: [commandAction('새 퀴즈', ''), commandAction('틀린 문제 복습', 'review')],
    });
  }

  private view(session: QuizSession, result?: GradedAnswer, notice?: string): Reply {
    const nextId = session.itemIds[session.current];
    const next = nextId === undefined ? undefined : this.itemById(nextId);
    return renderQuiz({ session, ...(next && { next }), ...(result && { result }), ...(notice && { notice }) });
  }

  /** Topics from items' free tags (`consumer`), beyond the built-in keys. */
  private tagTopics(): string[] {
    return topicsOf(this.items()).filter((k) => !(TOPIC_KEYS as readonly string[]).includes(k));
  }

  private itemById(id: string): QuizItem | undefined {
    return this.items().find((i) => i.id === id);
  }
}

function staleNote(session: QuizSession): string {
  return session.current >= session.itemIds.length
    ? '이미 끝난 퀴즈라 이 답은 반영하지 않았어요.'
    : `지금은 ${session.current + 1}번 문제 차례예요. 지난 문제의 버튼은 반영하지 않았어요.`;
}

function notFound(): Reply {
  return renderNotice('퀴즈를 찾을 수 없어요', '이 퀴즈는 시간이 지나 만료됐거나 없는 퀴즈예요. `/kafka-quiz` 로 새로 시작해 보세요.', {
    actions: [commandAction('새 퀴즈', '')],
  });
}

function otherUser(session: QuizSession): Reply {
  const owner = session.userName ? `${session.userName}님의` : '다른 분의';
  return renderNotice('내 퀴즈가 아니에요', `이 퀴즈는 ${owner} 퀴즈라 답이 반영되지 않아요. \`/kafka-quiz\` 로 내 퀴즈를 시작해 보세요!`, {
    actions: [commandAction('내 퀴즈 시작', '')],
    private: true,
  });
}
