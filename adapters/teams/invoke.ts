// Invoke activities the Teams bot answers in the HTTP response: the message extension's
// `composeExtension/query` and `/selectItem`, and Universal Actions `adaptiveCard/action` (quiz O/X
// presses with verb `quiz_answer`, the owner's `quiz_refresh`). Anything else is not handled here.
import type { InvokeResponse, TurnContext } from 'botbuilder';
import type { Assistant, KnowledgeHolder, Reply } from '../../src/index.js';
import { safeReply } from '../shared/echo.js';
import { describeError } from '../shared/errors.js';
import { isPersonal, submittedAction } from './incoming.js';
import type { AdapterLogger } from '../shared/log.js';
import { searchNotes, selectSection } from './message-extension.js';
import { QUIZ_VERB, REFRESH_VERB, viewFromRefresh, type QuizAudience } from './quiz-card.js';
import { renderReply } from './render.js';

export interface InvokeDeps {
  assistant: Assistant;
  logger: AdapterLogger;
  /** Redacted from anything logged. Default: none. */
  secrets?: string[];
  /** The notes the message extension searches; without them it says search is unavailable. */
  knowledge?: KnowledgeHolder;
}

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

const ok = <T>(body: T): InvokeResponse<T> => ({ status: 200, body });
const cardResponse = (reply: Reply, audience: QuizAudience) =>
  ok({ statusCode: 200, type: CARD, value: renderReply(reply, { quiz: audience }).attachments[0]!.content });
const messageResponse = (text: string) => ok({ statusCode: 200, type: MESSAGE, value: text });

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
  const data = value?.action?.data;
  const rawUserId = activity.from.aadObjectId ?? activity.from.id;
  const who = { platform: 'teams' as const, userId: `teams:${rawUserId}`, rawUserId, userName: activity.from.name };
  const audience = (live: boolean): QuizAudience => ({
    ownerId: activity.from.id,
    ownerName: activity.from.name,
    shared: !isPersonal(activity),
    live,
  });

  if (verb === REFRESH_VERB) {
    // The view comes back from the client: shown only without control or bidi characters.
    const parsed = viewFromRefresh(data);
    const view = parsed && safeReply(parsed, []);
    if (!view?.quiz)
      return ok({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'unknown card data' } });
    // Only the owner gets the live card; anyone else refreshing sees the read-only view.
    const owner = view.quiz.userId === who.userId;
    return cardResponse(view, owner ? audience(true) : { ownerId: '', shared: true, live: false });
  }
  const action = verb === QUIZ_VERB ? submittedAction({ value: data }) : undefined;
  if (!action)
    return ok({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'unknown action' } });
  const reply = await deps.assistant.handle({ ...who, action });
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
  return cardResponse(reply, audience(true));
}
