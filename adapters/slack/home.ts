// App Home tab: how to use the bot, the topics the notes cover (the core's help) and the user's quiz
// progress (the quiz stats), published with views.publish whenever the user opens the tab.
import type { App } from '@slack/bolt';
import type { Action, Incoming, Reply } from '../../src/index.js';
import { ACTION_PREFIX, button, context, header, section, type Block } from './blocks.js';
import { describeError } from '../shared/errors.js';
import { coreUserId } from './ids.js';
import { LIMITS } from './limits.js';
import { sections } from './render.js';
import type { SlackDeps } from './safe.js';

const USAGE = [
  '*채널에서* `@Kafka Bot 질문` 으로 물어보면 스레드에 답해요. 그 스레드에서는 멘션 없이 이어서 물어봐도 돼요.',
  '*DM* 으로 물어보면 DM으로 답해요.',
  '*`/kafka 질문`* 은 나만 보이게 답하고, 「채널에 공유」 버튼으로 채널에 올릴 수 있어요.',
  '*`/kafka-quiz [문제 수|주제|review|stats|top|help]`* 로 O/X 퀴즈를 풀어요.',
]
  .map((line) => `• ${line}`)
  .join('\n');

const START: Action = { type: 'quiz_command', label: '퀴즈 5문제 시작', command: '5' };

export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, context: ctx, client }) => {
    if (event.tab !== 'home') return;
    const base = { platform: 'slack' as const, userId: coreUserId(ctx.teamId, event.user), rawUserId: event.user };
    const [topics, stats, path] = await Promise.all([
      ask(deps, { ...base, text: 'help' }),
      ask(deps, { ...base, command: 'kafka-quiz', text: 'stats' }),
      ask(deps, { ...base, command: 'kafka', text: 'path' }),
    ]);
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

/** The Home tab's blocks; `undefined` parts (the core failed) say so instead. `path`: a bar per step. */
export function homeBlocks(topics: Reply | undefined, stats: Reply | undefined, path?: Reply): Block[] {
  const part = (title: string, reply: Reply | undefined): Block[] => [
    { type: 'divider' },
    header(title),
    ...(reply ? sections(reply.body || reply.text).slice(0, 20) : [section('지금은 불러오지 못했어요. 잠시 후 다시 열어 주세요.')]),
  ];
  const blocks: Block[] = [
    header('Kafka Bot'),
    section('팀이 Kafka를 운영하는 방법을 정리한 노트에서 답을 찾아 주는 봇이에요.'),
    section(USAGE),
    ...(path && path.actions.length > 0 ? [...part(path.title ?? '학습 경로', path), pathButtons(path)] : []),
    ...part('노트가 다루는 주제', topics),
    ...part('내 퀴즈 기록', stats),
    { type: 'actions', elements: quizButtons(stats).map((a, i) => button(a, `${ACTION_PREFIX}quiz_command:home:${i}`)) },
    context(['답은 노트에 적힌 내용만으로 만들어요. 틀린 곳이 보이면 👎 로 알려 주세요.']),
  ];
  return blocks.slice(0, LIMITS.homeBlocks);
}

/** The current step's 읽기 and 이 단계 퀴즈 buttons. */
function pathButtons(path: Reply): Block {
  return { type: 'actions', elements: path.actions.slice(0, 5).map((a, i) => button(a, `${ACTION_PREFIX}${a.type}:path:${i}`)) };
}

/** Start a quiz, plus the quiz commands the stats suggest (review, weak topics); at most 5. */
function quizButtons(stats: Reply | undefined): Action[] {
  const suggested = (stats?.actions ?? []).filter((a) => a.type === 'quiz_command');
  const seen = new Set<string>();
  return [START, ...suggested].filter((a) => a.type === 'quiz_command' && !seen.has(a.command) && seen.add(a.command)).slice(0, 5);
}

async function ask(deps: SlackDeps, incoming: Incoming): Promise<Reply | undefined> {
  try {
    return await deps.assistant.handle(incoming);
  } catch (error) {
    deps.log.error({ where: 'app_home_opened', text: incoming.text, err: describeError(error, deps.secrets) }, 'slack: home part failed');
    return undefined;
  }
}
