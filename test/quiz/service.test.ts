import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/model/reply.js';
import { sourceLines, sourceText } from '../../src/model/reply-view.js';
import { itemSource, sectionQuestion } from '../../src/quiz/render.js';
import { mulberry32 } from '../../src/quiz/engine.js';
import { QuizService } from '../../src/quiz/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { sampleItems } from './fixtures.js';

const alice = { userId: 'slack:T1:UA', userName: 'Alice' };
const bob = { userId: 'slack:T1:UB', userName: 'Bob' };
const items = sampleItems();
const answerOf = (id: string) => items.find((i) => i.id === id)!.answer;
const flip = (c: 'O' | 'X') => (c === 'O' ? 'X' : 'O');

function setup() {
  let clock = 1_000_000;
  let n = 0;
  const store = new MemoryStore({ now: () => clock });
  const quiz = new QuizService({ store, items: () => items, now: () => clock, random: mulberry32(9), newId: () => `q${++n}` });
  return { store, quiz, tick: (ms: number) => (clock += ms) };
}

function press(reply: Reply, label: 'O' | 'X') {
  const action = reply.actions.find((a) => a.type === 'quiz_answer' && a.label === label);
  if (action?.type !== 'quiz_answer') throw new Error(`no ${label} button`);
  return { sessionId: action.sessionId, index: action.index, choice: action.choice };
}

/** Press the right (or wrong) button for the current question. */
function pressFor(reply: Reply, right: boolean) {
  const q = reply.quiz?.question;
  if (!q) throw new Error('no question');
  return press(reply, right ? answerOf(q.itemId) : flip(answerOf(q.itemId)));
}

describe('QuizService', () => {
  it('runs a full 5-question session by buttons and ends with the score N/M', async () => {
    const { quiz, store } = setup();
    let reply = await quiz.command(alice, '');
    expect(reply).toMatchObject({
      kind: 'quiz',
      title: 'Kafka 퀴즈',
      quiz: { sessionId: 'q1', userId: alice.userId, question: { index: 0, total: 5 } },
    });
    expect(reply.actions.map((a) => a.label)).toEqual(['O', 'X']);
    expect(reply.text).toContain(reply.quiz!.question!.statement);
    // The counter once: not in the title as well as the body.
    expect(reply.text.split('1/5').length - 1).toBe(1);
    for (let i = 0; i < 5; i++) {
      const answered = items.find((it) => it.id === reply.quiz!.question!.itemId)!;
      reply = await quiz.answer(alice, pressFor(reply, i < 4));
      expect(reply.kind).toBe('quiz');
      expect(reply.quiz?.result).toMatchObject({ correct: i < 4, answer: answered.answer, explanation: answered.explanation });
      expect(reply.body).toContain(i < 4 ? '정답' : '오답');
      expect(reply.body).toContain(answered.explanation);
      expect(reply.text).toContain(sourceText(sourceLines(reply)[0]!));
      // 더 알아보기 asks the item's section with its parent when its own name is a short label.
      expect(reply.actions).toContainEqual({ type: 'ask', label: '이 내용 더 알아보기', question: sectionQuestion(itemSource(answered)) });
      if (i < 4) {
        expect(reply.body).toContain(`**문제 ${i + 2}/5**`);
        expect(reply.actions.filter((a) => a.type === 'quiz_answer').map((a) => a.label)).toEqual(['O', 'X']);
      }
    }
    expect(reply.quiz?.score).toEqual({ correct: 4, total: 5 });
    expect(reply.quiz?.question).toBeUndefined();
    expect(reply.text).toContain('점수 **4/5**');
    expect(reply.text.split('4/5').length - 1).toBe(1);
    expect(reply.actions).toContainEqual({ type: 'quiz_command', label: '틀린 문제 복습', command: 'review' });
    expect(reply.actions).toContainEqual({ type: 'quiz_command', label: '다시 풀기', command: '5' });
    expect(reply.actions.some((a) => a.type === 'quiz_answer')).toBe(false);
    expect((await store.getSession('q1'))?.finishedAt).toBeDefined();
  });

  it('records a double press once and shows the same view with a gentle notice', async () => {
    const { quiz, store } = setup();
    const first = await quiz.command(alice, '3 raid');
    const p = pressFor(first, false);
    const once = await quiz.answer(alice, p);
    const twice = await quiz.answer(alice, p);
    const otherButton = await quiz.answer(alice, { ...p, choice: flip(p.choice) });
    expect(twice.quiz).toEqual(once.quiz);
    expect(twice.notice).toContain('이미 답한');
    expect(otherButton.quiz?.result).toMatchObject({ chosen: p.choice, correct: false });
    expect((await store.getSession('q1'))?.answers).toHaveLength(1);
    expect(await store.listProgress(alice.userId)).toEqual([expect.objectContaining({ seen: 1, wrong: 1 })]);
  });

  it("ignores someone else's press and privately tells them how to start their own", async () => {
    const { quiz, store } = setup();
    const first = await quiz.command(alice, '');
    const reply = await quiz.answer(bob, press(first, 'O'));
    expect(reply).toMatchObject({ kind: 'notice', private: true });
    expect(reply.body).toContain('Alice');
    expect(reply.body).toContain('/kafka-quiz');
    expect(reply.actions).toContainEqual(expect.objectContaining({ type: 'quiz_command' }));
    expect((await store.getSession('q1'))?.answers).toEqual([]);
    expect(await store.listProgress(bob.userId)).toEqual([]);
    expect(await quiz.answerText(bob, 'O')).toBeUndefined();
  });

  it('ignores a press for a question that is no longer current, politely', async () => {
    const { quiz, store } = setup();
    const first = await quiz.command(alice, '3');
    const second = await quiz.answer(alice, pressFor(first, true));
    const ahead = await quiz.answer(alice, { ...press(second, 'O'), index: 2 });
    expect(ahead.notice).toContain('2번 문제');
    expect(ahead.quiz?.question?.index).toBe(1);
    expect((await store.getSession('q1'))?.answers).toHaveLength(1);
    const gone = await quiz.answer(alice, { sessionId: 'nope', index: 0, choice: 'O' });
    expect(gone).toMatchObject({ kind: 'notice' });
  });

  it('takes typed answers while a quiz is active', async () => {
    const { quiz } = setup();
    expect(await quiz.answerText(alice, 'O')).toBeUndefined();
    const first = await quiz.command(alice, '2');
    expect(await quiz.answerText(alice, 'RAID 10이 뭐야?')).toBeUndefined();
    const typed = first.quiz!.question!.itemId;
    const reply = await quiz.answerText(alice, answerOf(typed) === 'O' ? '맞다' : 'false');
    expect(reply?.quiz?.result).toMatchObject({ correct: true });
    const last = await quiz.command(alice, 'x');
    expect(last.quiz?.score?.total).toBe(2);
    expect(await quiz.answerText(alice, 'o')).toBeUndefined();
  });

  it('reviews missed items until each is answered right twice', async () => {
    const { quiz } = setup();
    let reply = await quiz.command(alice, '2 fs');
    const missed = new Set<string>();
    while (reply.quiz?.question) {
      missed.add(reply.quiz.question.itemId);
      reply = await quiz.answer(alice, pressFor(reply, false));
    }
    for (let round = 0; round < 2; round++) {
      reply = await quiz.command(alice, 'review');
      expect(reply.kind).toBe('quiz');
      const asked = new Set<string>();
      while (reply.quiz?.question) {
        asked.add(reply.quiz.question.itemId);
        reply = await quiz.answer(alice, pressFor(reply, true));
      }
      expect(asked).toEqual(missed);
    }
    const done = await quiz.command(alice, '복습');
    expect(done).toMatchObject({ kind: 'notice', title: '복습할 문제가 없어요' });
  });

  it('shows stats with accuracy, mastered items per topic and what to read next', async () => {
    const { quiz } = setup();
    expect((await quiz.stats(alice.userId)).body).toContain('아직');
    let reply = await quiz.command(alice, '4');
    for (let i = 0; reply.quiz?.question; i++) reply = await quiz.answer(alice, pressFor(reply, i % 2 === 0));
    const summary = await quiz.progressSummary(alice.userId);
    expect(summary).toMatchObject({ sessions: 1, answered: 4, correct: 2, accuracy: 0.5, mastered: 2, due: 2 });
    expect(summary.suggestions.length).toBeGreaterThan(0);
    const stats = await quiz.command(alice, 'stats');
    expect(stats.kind).toBe('notice');
    expect(stats.facts).toContainEqual({ label: '정답률', value: '50% (2/4)' });
    expect(stats.text).toContain('정답률: 50% (2/4)');
    expect(stats.text).toContain('마스터: 2/10');
    expect(stats.text).toContain('주제별');
    expect(stats.actions).toContainEqual({ type: 'quiz_command', label: '틀린 문제 복습', command: 'review' });
  });

  it('shows the team leaderboard', async () => {
    const { quiz } = setup();
    expect((await quiz.command(alice, 'top')).body).toContain('아직');
    for (const [user, right] of [
      [alice, 2],
      [bob, 1],
    ] as const) {
      let reply = await quiz.command(user, '2');
      for (let i = 0; reply.quiz?.question; i++) reply = await quiz.answer(user, pressFor(reply, i < right));
    }
    const top = await quiz.command(bob, '순위');
    expect(top.kind).toBe('notice');
    expect(top.text.indexOf('Alice')).toBeLessThan(top.text.indexOf('Bob'));
    expect(top.text).toContain('정답 2/2');
    expect(top.text).toMatch(/Bob.*· 나/);
    expect(top.lists?.[0]?.rows.map((r) => r.person?.userId)).toEqual([alice.userId, bob.userId]);
  });

  it('answers help, and usage help for unknown sub-commands', async () => {
    const { quiz } = setup();
    const help = await quiz.command(alice, 'help');
    expect(help).toMatchObject({ kind: 'notice' });
    expect(help.body).toContain('/kafka-quiz review');
    const usage = await quiz.command(alice, 'banana');
    expect(usage.kind).toBe('notice');
    expect(usage.body).toContain("'banana'");
    expect(usage.body).toContain('/kafka-quiz stats');
    expect((await quiz.command(alice, '99')).body).toContain('1~20');
    expect((await quiz.command(alice, 'hw')).title).toBe('문제가 아직 없어요');
  });

  it('stops a quiz: typed answers and presses no longer count, history stays', async () => {
    const { quiz, store } = setup();
    const first = await quiz.command(alice, '3');
    await quiz.answer(alice, pressFor(first, true));
    const stopped = await quiz.command(alice, '그만');
    expect(stopped.body).toContain('1문제 중 1개');
    expect(await quiz.answerText(alice, 'O')).toBeUndefined();
    expect((await quiz.answer(alice, { sessionId: 'q1', index: 1, choice: 'O' })).title).toBe('멈춘 퀴즈예요');
    expect((await store.listSessions(alice.userId))[0]?.answers).toHaveLength(1);
    expect((await quiz.command(alice, 'stop')).title).toBe('진행 중인 퀴즈가 없어요');
  });

  it('an expired session is gone for presses, its recorded answers still count', async () => {
    const { quiz, tick } = setup();
    const first = await quiz.command(alice, '3');
    const second = await quiz.answer(alice, pressFor(first, true));
    tick(25 * 3_600_000);
    const late = await quiz.answer(alice, pressFor(second, true));
    expect(late).toMatchObject({ kind: 'notice', title: '퀴즈를 찾을 수 없어요' });
    expect((await quiz.progressSummary(alice.userId)).answered).toBe(1);
  });
});

describe('typed answers after an abandoned session', () => {
  it('go to the newest session only, never back to an abandoned older one', async () => {
    const { MemoryStore } = await import('../../src/store/memory.js');
    const { QuizService } = await import('../../src/quiz/service.js');
    const { sampleItems } = await import('./fixtures.js');
    let clock = 1_000;
    const store = new MemoryStore({ now: () => clock });
    await store.init();
    const quiz = new QuizService({ store, items: () => sampleItems(), now: () => (clock += 1000), random: () => 0.3 });
    const user = { userId: 'u:1' };
    await quiz.command(user, '2'); // session A, abandoned
    await quiz.command(user, '1'); // session B
    expect((await quiz.answerText(user, 'O'))?.quiz?.score).toBeDefined(); // B finished
    expect(await quiz.answerText(user, 'O')).toBeUndefined(); // A is not revived
  });
});
