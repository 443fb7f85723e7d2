// Every reply kind as the real core builds it on the bundled notes (a memory store, a fixed quiz
// order): answer, comparison, suggest, no-answer, help, quiz question/verdict/score, stats, top,
// welcome, path, quiz of the day (post and verdict), digest, nudge. `npm run cards` draws them.
import { createRuntime, loadConfig, type DailyDelivery, type Incoming, type KnowledgeHolder, type Reply } from '../../src/index.js';

export interface GalleryReply {
  /** File-name friendly: `answer-memory`, `quiz-verdict`. */
  name: string;
  reply: Reply;
  /** Who asked (the daily verdict and stats are per user). */
  asker: Incoming;
}

const SLACK_USER: Incoming = { platform: 'slack', userId: 'slack:T1:U0NEWBIE', rawUserId: 'U0NEWBIE', userName: 'newbie' };

/** Questions for the answer kinds; the suggest candidates are tried in order until one suggests. */
const QUESTIONS: Array<[string, string]> = [
  ['answer-memory', '브로커 메모리 얼마나?'],
  ['answer-aspect', 'IaaS 단점'],
  ['answer-list', 'RAID란?'],
  ['comparison', 'RAID10 vs RAID5'],
  ['no-answer', '쿠버네티스 오퍼레이터 설정은?'],
  ['help', 'help'],
];
const SUGGEST_CANDIDATES = ['RAID 비용 저널링', 'RAID 비용 모니터링', 'SaaS 카프카 언제 써?'];

export interface Gallery {
  replies: GalleryReply[];
  /** The notes they came from (the search extension searches them). */
  knowledge: KnowledgeHolder;
}

export async function galleryReplies(): Promise<Gallery> {
  const config = loadConfig({
    KNOWLEDGE_DIR: 'knowledge',
    ADMIN_USER_IDS: SLACK_USER.rawUserId!,
    KNOWLEDGE_SNAPSHOT: '0',
    DIGEST_CHANNEL_ID: 'CLEAD',
  });
  // 10:00 UTC: past the quiz of the day's time and the nudge hour.
  const clock = { now: Date.UTC(2026, 10, 30, 10, 0) };
  const runtime = await createRuntime(config, { storeKind: 'memory', answerWorkers: 0, random: () => 0.42, now: () => clock.now });
  const out: GalleryReply[] = [];
  let n = 0;
  // A user per question: the rate limit must not answer for the notes.
  const asker = (): Incoming => ({ ...SLACK_USER, userId: `slack:T1:U${++n}`, rawUserId: `U${n}` });
  const ask = async (name: string, text: string, who = asker()) => {
    const reply = await runtime.assistant.handle({ ...who, text });
    out.push({ name, reply, asker: who });
    return reply;
  };
  try {
    for (const [name, text] of QUESTIONS) await ask(name, text);
    for (const text of SUGGEST_CANDIDATES) {
      const who = asker();
      const reply = await runtime.assistant.handle({ ...who, text });
      if (reply.kind === 'suggest') {
        out.push({ name: 'suggest', reply, asker: who });
        break;
      }
    }
    // A quiz of three, answered O, X, O: the first question, a verdict with the next one, the score.
    const me = SLACK_USER;
    const handle = (message: Partial<Incoming>) => runtime.assistant.handle({ ...me, ...message });
    let quiz = await handle({ command: 'kafka-quiz', text: '3' });
    out.push({ name: 'quiz-question', reply: quiz, asker: me });
    for (const [i, choice] of (['O', 'X', 'O'] as const).entries()) {
      const press = quiz.actions.find((a) => a.type === 'quiz_answer' && a.choice === choice);
      if (!press) break;
      quiz = await handle({ action: press });
      out.push({ name: quiz.quiz?.score ? 'quiz-score' : `quiz-verdict-${i + 1}`, reply: quiz, asker: me });
    }
    out.push({ name: 'quiz-stats', reply: await handle({ command: 'kafka-quiz', text: 'stats' }), asker: me });
    out.push({ name: 'quiz-help', reply: await handle({ command: 'kafka-quiz', text: 'help' }), asker: me });
    out.push({ name: 'path', reply: await handle({ command: 'kafka', text: 'path' }), asker: me });
    const welcome = await runtime.onboarding.welcome('slack:T1:U0WELCOME', 'slack');
    if (welcome) out.push({ name: 'welcome', reply: welcome.reply, asker: me });
    // The quiz of the day in a channel: switched on, posted by the schedule, answered.
    const channel = { ...me, channelId: 'C0KAFKA' };
    await runtime.assistant.handle({ ...channel, command: 'kafka-quiz', text: 'daily on 00:00' });
    let post: Reply | undefined;
    const deliver: DailyDelivery = async (_target, reply) => void (post = reply);
    await runtime.onboarding.daily.tick({ slack: deliver });
    if (post) {
      out.push({ name: 'daily-post', reply: post, asker: me });
      const press = post.actions.find((a) => a.type === 'daily_answer');
      if (press) out.push({ name: 'daily-verdict', reply: await handle({ ...channel, action: press }), asker: me });
    }
    // A second player on Slack and one on Teams: the board shows only the asker's platform, by mention.
    for (const who of [
      { platform: 'slack' as const, userId: 'slack:T1:U0ALICE', rawUserId: 'U0ALICE', userName: 'alice' },
      { platform: 'teams' as const, userId: 'teams:aad-bob', rawUserId: 'aad-bob', userName: 'Bob' },
    ]) {
      let round = await runtime.assistant.handle({ ...who, command: 'kafka-quiz', text: '2' });
      for (let i = 0; i < 2 && round.quiz?.question; i++) {
        const press = round.actions.find((a) => a.type === 'quiz_answer' && a.choice === 'O');
        if (press) round = await runtime.assistant.handle({ ...who, action: press });
      }
      if (who.platform === 'teams') {
        out.push({
          name: 'quiz-top-teams',
          reply: await runtime.assistant.handle({ ...who, command: 'kafka-quiz', text: 'top' }),
          asker: who,
        });
      }
    }
    out.push({ name: 'quiz-top', reply: await handle({ command: 'kafka-quiz', text: 'top' }), asker: me });
    const digest = await runtime.onboarding.digest?.compose();
    if (digest) out.push({ name: 'digest', reply: digest, asker: me });
    clock.now += 24 * 3_600_000;
    let nudges = 0;
    await runtime.onboarding.tick(
      {},
      { slack: async (_user, reply) => void (nudges++ === 0 && out.push({ name: 'nudge', reply, asker: me })) },
    );
    const feedback = out[0]?.reply.actions.find((a) => a.type === 'feedback');
    if (feedback) out.push({ name: 'feedback-thanks', reply: await handle({ action: feedback }), asker: me });
    out.push({ name: 'nudges-off', reply: await handle({ command: 'kafka-quiz', text: 'nudges off' }), asker: me });
  } finally {
    await runtime.close();
  }
  return { replies: out, knowledge: runtime.knowledge };
}
