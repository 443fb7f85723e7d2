// Invoke activities the Teams bot answers in the HTTP response: the message extension's
// `composeExtension/query` and `/selectItem`, and Universal Actions `adaptiveCard/action`: quiz O/X
// (`quiz_answer`) and the owner's `quiz_refresh`, 👍/👎 (`feedback`: the card thanks the voter, no
// new message), the quiz of the day's O/X (`daily_answer`: the verdict is the presser's own card,
// never a post) and its `daily_refresh`. Anything else is not handled here.
import type { InvokeResponse, TurnContext } from 'botbuilder';
import type { Assistant, Incoming, KnowledgeHolder, Onboarding, Reply } from '../../src/index.js';
import { safeReply } from '../shared/echo.js';
import { describeError } from '../shared/errors.js';
import { isPersonal, submittedAction } from './incoming.js';
import type { AdapterLogger } from '../shared/log.js';
import { searchNotes, selectSection } from './message-extension.js';
import { QUIZ_VERB, REFRESH_VERB, viewFromRefresh, type QuizAudience } from './quiz-card.js';
import { DAILY_REFRESH_VERB, DAILY_VERB, FEEDBACK_VERB, renderReply, type RenderOptions } from './render.js';
import { fromView } from './view-data.js';
import { rememberDailyViewer, rememberPersonalChat } from './onboarding.js';

export interface InvokeDeps {
  assistant: Assistant;
  logger: AdapterLogger;
  /** Redacted from anything logged. Default: none. */
  secrets?: string[];
  /** The notes the message extension searches; without them it says search is unavailable. */
  knowledge?: KnowledgeHolder;
  /** Remembers personal chats (nudges) and who answered a quiz of the day. Default: neither. */
  onboarding?: Onboarding;
}

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

const ok = <T>(body: T): InvokeResponse<T> => ({ status: 200, body });
const cardResponse = (reply: Reply, options: RenderOptions) =>
  ok({ statusCode: 200, type: CARD, value: renderReply(reply, options).attachments[0]!.content });
const messageResponse = (text: string) => ok({ statusCode: 200, type: MESSAGE, value: text });
const badRequest = (message: string) =>
  ok({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } });

/** The invoke's response, or undefined when this is not one of ours (the ActivityHandler default runs). */
export async function handleInvoke(context: TurnContext, deps: InvokeDeps): Promise<InvokeResponse | undefined> {
  const activity = context.activity;
  switch (activity.name) {
    case 'composeExtension/query':
      if (!deps.knowledge) return ok({ composeExtension: { type: 'message', text: '검색을 쓸 수 없어요.' } });
      return ok(searchNotes(deps.knowledge, activity.value));
    case 'composeExtension/selectItem':
      if (!deps.knowledge) return ok({ composeExtension: { type: 'message', text: '검색을 쓸 수 없어요.' } });
      return ok(selectSection(deps.knowledge, activity.value));
    case 'adaptiveCard/action':
      return universalAction(context, deps);
    default:
      return undefined;
  }
}

async function universalAction(context: TurnContext, deps: InvokeDeps): Promise<InvokeResponse> {
  const activity = context.activity;
  const value = activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined;
  const verb = value?.action?.verb;
  const data = value?.action?.data as { kafkaBotView?: unknown } | undefined;
  const rawUserId = activity.from.aadObjectId ?? activity.from.id;
  const who: Incoming = { platform: 'teams', userId: `teams:${rawUserId}`, rawUserId, userName: activity.from.name };
  const audience = (live: boolean): QuizAudience => ({
    ownerId: activity.from.id,
    ownerName: activity.from.name,
    shared: !isPersonal(activity),
    live,
  });
  // A view that comes back from the client is shown only without control or bidi characters.
  const view = () => {
    const parsed = fromView(data?.kafkaBotView);
    return parsed && safeReply(parsed, []);
  };

  if (verb === REFRESH_VERB) {
    const parsed = viewFromRefresh(data);
    const quiz = parsed && safeReply(parsed, []);
    if (!quiz?.quiz) return badRequest('unknown card data');
    // Only the owner gets the live card; anyone else refreshing sees the read-only view.
    const owner = quiz.quiz.userId === who.userId;
    return cardResponse(quiz, { quiz: owner ? audience(true) : { ownerId: '', shared: true, live: false } });
  }
  const action = submittedAction({ value: data });
  if (verb === DAILY_REFRESH_VERB && action?.type === 'daily_answer') {
    const mine = await deps.onboarding?.daily.verdict(who, action.postId);
    const post = view();
    if (mine) return cardResponse(mine, {});
    return post ? cardResponse(post, {}) : badRequest('unknown card data');
  }
  const expected = { [QUIZ_VERB]: 'quiz_answer', [FEEDBACK_VERB]: 'feedback', [DAILY_VERB]: 'daily_answer' } as Record<string, string>;
  if (!action || typeof verb !== 'string' || expected[verb] !== action.type) return badRequest('unknown action');
  const reply = await deps.assistant.handle({ ...who, action });
  if (action.type === 'feedback') {
    // The answer card again, for the voter only, with thanks where 👍/👎 were.
    const answer = view();
    return answer ? cardResponse(answer, { voted: action.vote }) : messageResponse(reply.body || reply.text);
  }
  if (action.type === 'daily_answer') return dailyAnswered(context, deps, reply, action.postId);
  if (deps.onboarding && reply.quiz?.score) await rememberPersonalChat(context, who, reply, deps.onboarding);
  if (reply.private || !reply.quiz) return messageResponse(reply.title ? `${reply.title}: ${reply.body}` : reply.body || reply.text);
  // Everyone else's copy follows the quiz (read-only in channels); the presser gets the live card back.
  const cardId = activity.replyToId;
  if (cardId) {
    const shared = renderReply(reply, { quiz: audience(false) });
    await context.updateActivity({ ...shared, id: cardId }).catch((error: unknown) => {
      deps.logger.warn(
        { activityId: activity.id, cardId, err: describeError(error, deps.secrets) },
        'teams: shared quiz card update failed',
      );
    });
  }
  return cardResponse(reply, { quiz: audience(true) });
}

/**
 * The presser's verdict as their own card (the invoke response is shown to them alone), and the post
 * everyone sees updated so the presser's client fetches that view again (`refresh.userIds`).
 */
async function dailyAnswered(context: TurnContext, deps: InvokeDeps, verdict: Reply, postId: string): Promise<InvokeResponse> {
  const activity = context.activity;
  const data = (activity.value as { action?: { data?: { kafkaBotView?: unknown } } }).action?.data;
  const post = fromView(data?.kafkaBotView);
  if (post && deps.onboarding && activity.replyToId) {
    const viewers = await rememberDailyViewer(deps.onboarding, postId, activity.from.id);
    const updated = renderReply(post, { dailyViewers: viewers });
    await context.updateActivity({ ...updated, id: activity.replyToId }).catch((error: unknown) => {
      deps.logger.warn({ activityId: activity.id, err: describeError(error, deps.secrets) }, 'teams: daily post refresh list not updated');
    });
  }
  return cardResponse(verdict, {});
}
