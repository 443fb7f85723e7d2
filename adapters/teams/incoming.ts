// Teams message activity → the core's Incoming: who (AAD object id), what (text without the bot's
// @mention, passed through as typed — the core's route() reads `quiz`, `stats`, `/kafka …` — or a
// pressed card button round-tripped from `value`).
import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { ActionSchema, type Action, type Incoming } from '../../src/index.js';

const SubmitSchema = z.object({ kafkaBot: ActionSchema });

/** Whether the activity comes from a personal (1:1) chat; channels and group chats need an @mention. */
export function isPersonal(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

/** The pressed button's action, when `value` is what one of our cards sent. */
export function submittedAction(activity: Partial<Activity>): Action | undefined {
  const parsed = SubmitSchema.safeParse(activity.value);
  return parsed.success ? parsed.data.kafkaBot : undefined;
}

/**
 * The Incoming for a message activity, or undefined when the bot should stay quiet: a channel
 * message that does not @mention the bot, or a card submit that is not ours.
 */
export function toIncoming(activity: Activity): Incoming | undefined {
  const rawUserId = activity.from.aadObjectId ?? activity.from.id;
  // The channel without the `;messageid=` of a reply thread: where a scheduled post goes.
  const channelId = activity.conversation?.id?.split(';')[0];
  const who = {
    platform: 'teams' as const,
    userId: `teams:${rawUserId}`,
    rawUserId,
    userName: activity.from.name,
    ...(channelId && { channelId }),
  };
  if (activity.value !== undefined && activity.value !== null) {
    const action = submittedAction(activity);
    return action ? { ...who, action } : undefined;
  }
  if (typeof activity.text !== 'string') return isPersonal(activity) ? { ...who, text: '' } : undefined;
  if (!isPersonal(activity)) {
    const mentioned = TurnContext.getMentions(activity).some((m) => m.mentioned?.id === activity.recipient?.id);
    if (!mentioned) return undefined;
    TurnContext.removeRecipientMention(activity);
  }
  return { ...who, text: cleanText(activity.text) };
}

/** Other users' `<at>` tags keep their names; HTML entities Teams adds become plain characters. */
function cleanText(text: string): string {
  return text
    .replace(/<at>(.*?)<\/at>/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
