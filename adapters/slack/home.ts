// App Home tab as a dashboard: the learning path (steps with their bars, the current step's sections
// to read), the user's quiz record as fields with one quiz button (and review when due), the topics
// the notes cover as buttons that ask about them, and how to ask; published on every open.
import type { App } from '@slack/bolt';
import { askAction, mainSubjects, type Action, type Incoming, type KnowledgeHolder, type Reply } from '../../src/index.js';
import { ACTION_PREFIX, button, context, header, section, type Block } from './blocks.js';
import { describeError } from '../shared/errors.js';
import { coreUserId } from './ids.js';
import { LIMITS } from './limits.js';
import { factFields, listBlocks } from './render-parts.js';
import type { SlackDeps } from './safe.js';

const USAGE = [
  '채널에서는 봇을 멘션해 물어보면 스레드에 답해요 (스레드에서는 멘션 없이 이어서).',
  'DM이나 `/kafka 질문` 은 나만 보이게 답하고, 「채널에 공유」로 올릴 수 있어요.',
  '`/kafka-quiz` 로 O/X 퀴즈, `/kafka-quiz help` 로 퀴즈 명령을 볼 수 있어요.',
].join('\n');

const START: Action = { type: 'quiz_command', label: '퀴즈 5문제 풀기', command: '5' };
/** Rows of a path list and topic buttons the dashboard shows at most. */
const MAX_ROWS = 12;
const MAX_TOPICS = 8;

export function registerHome(app: App, deps: SlackDeps, knowledge?: KnowledgeHolder): void {
  app.event('app_home_opened', async ({ event, context: ctx, client }) => {
    if (event.tab !== 'home') return;
    const base = { platform: 'slack' as const, userId: coreUserId(ctx.teamId, event.user), rawUserId: event.user };
    const [stats, path] = await Promise.all([
      ask(deps, { ...base, command: 'kafka-quiz', text: 'stats' }),
      ask(deps, { ...base, command: 'kafka', text: 'path' }),
    ]);
    const topics = knowledge ? mainSubjects(knowledge.current, 5) : [];
    try {
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: homeBlocks(topics, stats, path) } });
    } catch (error) {
      deps.failures.failed(error);
      deps.log.error(
        { where: 'app_home_opened', user: event.user, err: describeError(error, deps.secrets) },
        'slack: views.publish failed',
      );
    }
  });
}

const UNAVAILABLE = section('지금은 불러오지 못했어요. 잠시 후 다시 열어 주세요.');

/** The Home tab's blocks; a part whose reply is `undefined` (the core failed) says so instead. */
export function homeBlocks(topics: string[], stats: Reply | undefined, path?: Reply): Block[] {
  const blocks: Block[] = [
    header('Kafka Bot'),
    section('팀이 Kafka를 운영하는 방법을 정리한 노트에서 답을 찾고, O/X 퀴즈로 익히게 도와드려요.'),
  ];
  if (path && (path.lists?.length ?? 0) > 0) {
    blocks.push({ type: 'divider' }, header(path.title ?? '학습 경로'));
    (path.lists ?? []).forEach((list, i) => blocks.push(...listBlocks({ ...list, rows: list.rows.slice(0, MAX_ROWS) }, i)));
    const quiz = path.actions.find((a) => a.type === 'quiz_command');
    if (quiz) blocks.push({ type: 'actions', elements: [button(quiz, `${ACTION_PREFIX}quiz_command:path`)] });
  }
  blocks.push({ type: 'divider' }, header('내 퀴즈 기록'));
  if (!stats) blocks.push(UNAVAILABLE);
  else if (stats.facts?.length) {
    blocks.push(...factFields(stats.facts));
    const mastery = stats.lists?.find((l) => l.rows.some((r) => r.progress));
    if (mastery) blocks.push(...listBlocks({ ...mastery, rows: mastery.rows.slice(0, MAX_ROWS) }, 9));
  } else {
    blocks.push(section('아직 푼 문제가 없어요. 첫 퀴즈를 풀어 보세요!'));
    const mastery = stats.lists?.find((l) => l.rows.some((r) => r.progress));
    if (mastery) blocks.push(...listBlocks({ ...mastery, rows: mastery.rows.slice(0, MAX_ROWS) }, 9));
  }
  blocks.push({
    type: 'actions',
    elements: quizButtons(stats).map((a, i) => button(a, `${ACTION_PREFIX}quiz_command:home:${i}`, i === 0 ? 'primary' : undefined)),
  });
  // A topic the path's rows already show is not offered twice.
  const shown = JSON.stringify(path?.lists ?? []);
  const fresh = topics.filter((t) => !shown.includes(t)).slice(0, MAX_TOPICS);
  if (fresh.length > 0) {
    blocks.push({ type: 'divider' }, section('*노트가 다루는 주제*'));
    blocks.push({ type: 'actions', elements: fresh.map((t, i) => button(askAction(t), `${ACTION_PREFIX}ask:topic:${i}`)) });
  }
  const tail: Block[] = [
    { type: 'divider' },
    context([USAGE]),
    context(['답은 노트에 적힌 내용만으로 만들어요. 틀린 곳이 보이면 👎 로 알려 주세요.']),
  ];
  return [...blocks.slice(0, LIMITS.homeBlocks - tail.length), ...tail];
}

/** One quiz button, and review when the stats say items are due. */
function quizButtons(stats: Reply | undefined): Action[] {
  const review = stats?.actions.find((a) => a.type === 'quiz_command' && a.command === 'review');
  return review ? [START, review] : [START];
}

async function ask(deps: SlackDeps, incoming: Incoming): Promise<Reply | undefined> {
  try {
    return await deps.assistant.handle(incoming);
  } catch (error) {
    deps.log.error({ where: 'app_home_opened', text: incoming.text, err: describeError(error, deps.secrets) }, 'slack: home part failed');
    return undefined;
  }
}
