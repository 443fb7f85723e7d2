// The Teams ActivityHandler: messages and card presses go to Assistant.handle, the Reply comes back
// as a card (a quiz press updates its card in place), a personal install gets a welcome, and every
// activity id is answered once however often Teams redelivers it.
import { ActivityHandler, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import {
  finishReply,
  type Assistant,
  type Incoming,
  type KnowledgeHolder,
  type Onboarding,
  type Reply,
  type SessionStore,
} from '../../src/index.js';
import { rememberChatOf, rememberDailyChannel, rememberPersonalChat, welcomeNewMembers } from './onboarding.js';
import { askExpertTeams, relayExpertReply, type TeamsExperts } from './experts.js';
import { isPersonal, toIncoming } from './incoming.js';
import { handleInvoke } from './invoke.js';
import type { QuizAudience } from './quiz-card.js';
import { renderReply, renderText } from './render.js';
import { welcomeReply } from './welcome.js';
import { describeError } from '../shared/errors.js';
import type { AdapterLogger } from '../shared/log.js';
import { clipGraphemes, stripUnsafe } from '../shared/text.js';
import { typedCommands } from '../shared/commands.js';

export interface TeamsBotOptions {
  assistant: Assistant;
  /** Dedupe shared by every replica: activity ids, and one welcome per conversation. */
  store: Pick<SessionStore, 'claim' | 'release'>;
  logger: AdapterLogger;
  /** The app password and other secrets, redacted from anything logged. Default: none (token shapes still are). */
  secrets?: string[];
  /** How long an activity id is remembered. Default 1 hour (Teams retries within minutes). */
  dedupeTtlMs?: number;
  /** The notes the search message extension searches. Default: search unavailable. */
  knowledge?: KnowledgeHolder;
  /** Welcomes people added to a team (adapters/teams/onboarding.ts). Default: off. */
  onboarding?: Onboarding;
  /** "전문가에게 물어보기" (experts.ts), when TEAMS_EXPERTS_CONVERSATION_ID is set. Default: off. */
  experts?: TeamsExperts;
}

const DEFAULT_DEDUPE_TTL_MS = 60 * 60_000;
/** How long a conversation counts as welcomed: Teams sends conversationUpdate on every (re)install. Default 1 year. */
const WELCOME_TTL_MS = 365 * 24 * 3_600_000;

export class TeamsBot extends ActivityHandler {
  private readonly options: TeamsBotOptions;

  constructor(options: TeamsBotOptions) {
    super();
    this.options = options;
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded && isPersonal(context.activity)) await this.welcomeOnce(context);
      if (this.options.onboarding) await welcomeNewMembers(context, this.options.onboarding, this.options.logger);
      await next();
    });
  }

  /** One turn per activity id: a redelivered or retried activity is acknowledged and ignored. */
  override async run(context: TurnContext): Promise<void> {
    const id = context.activity.id;
    if (id) {
      const first = await this.options.store.claim(`teams:activity:${id}`, this.options.dedupeTtlMs ?? DEFAULT_DEDUPE_TTL_MS);
      if (!first) {
        this.options.logger.info({ activityId: id, activityType: context.activity.type }, 'teams: repeated activity ignored');
        return;
      }
    }
    await super.run(context);
  }

  /** Message extension and Universal Action invokes (invoke.ts); the rest as ActivityHandler does. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    return (await handleInvoke(context, this.options)) ?? super.onInvokeActivity(context);
  }

  /** One welcome card per conversation, however many conversationUpdates arrive; retried if it was not sent. */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    const key = `teams:welcome:${context.activity.conversation.id}`;
    // The app installed for someone is a personal chat known from the start: nudges can reach them there.
    const person = (context.activity.membersAdded ?? []).find((m) => m.id !== context.activity.recipient.id) ?? context.activity.from;
    if (this.options.onboarding && person?.id) {
      await rememberChatOf(context, `teams:${person.aadObjectId ?? person.id}`, this.options.onboarding);
    }
    if (!(await this.options.store.claim(key, WELCOME_TTL_MS))) return;
    try {
      await context.sendActivity(renderReply(welcomeReply()));
    } catch (error) {
      await this.options.store.release(key).catch(() => undefined);
      throw error;
    }
  }

  private async answer(context: TurnContext): Promise<void> {
    const incoming = toIncoming(context.activity);
    if (!incoming) return;
    if (this.options.onboarding) await rememberDailyChannel(context, incoming, this.options.onboarding);
    const experts = this.options.experts;
    if (experts && !incoming.action && (await relayExpertReply(context, incoming.text ?? '', experts))) return;
    if (experts && incoming.action?.type === 'ask_expert') {
      const body = await askExpertTeams(context, incoming, incoming.action, experts);
      await context.sendActivity(
        privateMessage(context.activity, finishReply({ kind: 'notice', body, sources: [], actions: [], private: true })),
      );
      return;
    }
    const reply = await this.options.assistant.handle(incoming);
    if (this.options.onboarding) await rememberPersonalChat(context, incoming, reply, this.options.onboarding);
    if (reply.private) {
      await context.sendActivity(privateMessage(context.activity, reply));
      return;
    }
    const message = renderReply(reply, { quiz: quizAudience(context.activity, incoming, reply) });
    const cardId = context.activity.replyToId;
    // a press on a quiz card redraws that card; anything else (e.g. an expired session) is a new message
    if (incoming.action?.type === 'quiz_answer' && reply.quiz && cardId) {
      const updated = await context.updateActivity({ ...message, id: cardId }).then(
        () => true,
        (error: unknown) => {
          this.options.logger.warn(
            { activityId: context.activity.id, cardId, err: describeError(error, this.options.secrets) },
            'teams: quiz card update failed; sending a new card',
          );
          return false;
        },
      );
      if (updated) return;
    }
    await context.sendActivity(message);
  }
}

/** A quiz drawn for its owner (the sender): per-user views when the conversation is shared. */
function quizAudience(activity: Activity, incoming: Incoming, reply: Reply): QuizAudience | undefined {
  if (!reply.quiz || reply.quiz.userId !== incoming.userId) return undefined;
  return { ownerId: activity.from.id, ownerName: activity.from.name, shared: !isPersonal(activity) };
}

/**
 * Teams has no ephemeral messages in channels: a reply meant for one person (another user's quiz
 * press) is a short separate message that @mentions them outside personal chats. A verdict that
 * would spoil the quiz of the day for everyone (a client without Universal Actions pressed O/X) is
 * only acknowledged there; clients with them get the verdict as their own card (invoke.ts).
 */
function privateMessage(activity: Activity, reply: Reply): Partial<Activity> {
  const full = typedCommands(reply.title ? `**${reply.title}** ${reply.body}` : reply.body || reply.text);
  if (isPersonal(activity)) return renderText(full);
  const spoils = reply.kind === 'quiz';
  const text = spoils
    ? '답을 받았어요 🙌 결과와 해설은 나에게만 보여요: Teams 앱을 최신으로 업데이트하면 카드에서 바로 볼 수 있어요.'
    : full;
  const name = clipGraphemes(stripUnsafe(activity.from.name ?? ''), 64) || 'you';
  const mention = `<at>${name}</at>`;
  return {
    ...renderText(`${mention} ${text}`),
    entities: [{ type: 'mention', text: mention, mentioned: { id: activity.from.id, name } }],
  };
}
