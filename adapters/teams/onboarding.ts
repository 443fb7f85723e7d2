// Onboarding on Teams: people added to a team where the bot is installed get one welcome, once per
// user as claimed in the store: a proactive 1:1 chat (createConversation + send) when the app is
// installed for them, else one @mention in the channel. Bots (28:…) and the app itself never do.
import { TurnContext, type Activity, type ChannelAccount, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { route, type DailyDelivery, type DirectDelivery, type Incoming, type Onboarding, type Reply } from '../../src/index.js';
import { renderReply, renderText } from './render.js';
import { typedCommands } from '../shared/commands.js';
import { describeError } from '../shared/errors.js';
import type { AdapterLogger } from '../shared/log.js';

/** The part of botbuilder's ConnectorClient (in the turn state) a proactive 1:1 needs. */
interface Conversations {
  conversations: {
    createConversation(parameters: Record<string, unknown>): Promise<{ id: string }>;
    sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<unknown>;
  };
}

/** Teams user ids start with `29:`; bots (ours included) with `28:`. */
function isPerson(member: ChannelAccount, activity: Activity): boolean {
  return member.id !== activity.recipient.id && !member.id.startsWith('28:');
}

export async function welcomeNewMembers(context: TurnContext, onboarding: Onboarding, logger: AdapterLogger): Promise<void> {
  const activity = context.activity;
  const team = (activity.channelData as { team?: { id?: string } } | undefined)?.team;
  if (!team?.id) return; // a team channel only; personal installs keep their own welcome
  for (const member of (activity.membersAdded ?? []).filter((m) => isPerson(m, activity))) {
    const pending = await onboarding.welcome(`teams:${member.id}`, 'teams');
    if (!pending) continue;
    try {
      const how = await deliver(context, member, pending.reply);
      await pending.sent();
      logger.info({ member: member.id, team: team.id, how }, 'teams: welcome sent');
    } catch (error) {
      await pending.failed();
      logger.error({ member: member.id, err: describeError(error) }, 'teams: welcome failed');
    }
  }
}

async function deliver(
  context: TurnContext,
  member: ChannelAccount,
  reply: Parameters<typeof renderReply>[0],
): Promise<'direct' | 'mention'> {
  const activity = context.activity;
  const client = context.turnState.get<Conversations | undefined>(context.adapter.ConnectorClientKey);
  const tenantId = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  if (client) {
    try {
      const created = await client.conversations.createConversation({
        isGroup: false,
        bot: activity.recipient,
        members: [member],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      });
      await client.conversations.sendToConversation(created.id, { ...renderReply(reply), type: 'message' });
      return 'direct';
    } catch {
      // Not installed for that user (403): fall back to one @mention in the channel.
    }
  }
  const name = member.name ?? 'newcomer';
  const mention = `<at>${name}</at>`;
  await context.sendActivity({
    ...renderText(`${mention} ${reply.title ? `**${reply.title}** ` : ''}${typedCommands(reply.body)}`),
    entities: [{ type: 'mention', text: mention, mentioned: { id: member.id, name } }],
  });
  return 'mention';
}

/** `quiz daily on` in a channel: remember the conversation so the schedule can post there later. */
export async function rememberDailyChannel(context: TurnContext, incoming: Incoming, onboarding: Onboarding): Promise<void> {
  const routed = route(incoming);
  if (routed.type !== 'daily' || routed.args[0]?.toLowerCase() !== 'on' || !incoming.channelId) return;
  const a = context.activity;
  const reference: Partial<ConversationReference> = {
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
    bot: a.recipient,
    conversation: {
      id: incoming.channelId,
      isGroup: true,
      conversationType: a.conversation.conversationType,
      tenantId: a.conversation.tenantId,
      name: '',
    },
  };
  await onboarding.rememberTarget('teams', incoming.channelId, JSON.stringify(reference));
}

/** Posts the quiz of the day into a Teams channel proactively (continueConversationAsync). */
export function teamsDailyDelivery(adapter: CloudAdapter, appId: string | undefined, onboarding: Onboarding): DailyDelivery {
  return async (channel, reply) => {
    const stored = await onboarding.targetRef('teams', channel.channel);
    if (!stored) throw new Error(`no conversation reference for Teams channel ${channel.channel}`);
    const reference = JSON.parse(stored) as Partial<ConversationReference>;
    await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
      await context.sendActivity(renderReply(reply));
    });
  };
}

/**
 * A quiz finished in a personal chat, by a typed answer or by a button (the message path and the
 * Universal Action path both call this): remember that chat, so review nudges can reach the user.
 */
export async function rememberPersonalChat(
  context: TurnContext,
  incoming: Pick<Incoming, 'userId'>,
  reply: Reply,
  onboarding: Onboarding,
): Promise<void> {
  if (!reply.quiz?.score || context.activity.conversation.conversationType !== 'personal') return;
  await rememberChatOf(context, incoming.userId, onboarding);
}

/** This personal conversation is how to reach `userId` (a core id, `teams:…`) later. */
export async function rememberChatOf(context: TurnContext, userId: string, onboarding: Onboarding): Promise<void> {
  await onboarding.rememberTarget('teams', `user:${userId}`, JSON.stringify(TurnContext.getConversationReference(context.activity)));
}

/** Teams ids that answered a quiz-of-the-day post, newest last (at most 60: what `refresh.userIds` takes). */
export async function rememberDailyViewer(onboarding: Onboarding, postId: string, teamsId: string): Promise<string[]> {
  const key = `daily-viewers:${postId}`;
  const stored = await onboarding.targetRef('teams', key);
  const known = (() => {
    try {
      const parsed: unknown = stored ? JSON.parse(stored) : [];
      return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  })();
  const viewers = [...known.filter((v) => v !== teamsId), teamsId].slice(-60);
  await onboarding.rememberTarget('teams', key, JSON.stringify(viewers));
  return viewers;
}

/** Review nudges on Teams: a proactive message in the user's personal chat with the bot. */
export function teamsDirectDelivery(adapter: CloudAdapter, appId: string | undefined, onboarding: Onboarding): DirectDelivery {
  return async (userId, reply) => {
    const stored = await onboarding.targetRef('teams', `user:${userId}`);
    if (!stored) throw new Error(`no personal chat known for ${userId}`);
    await adapter.continueConversationAsync(appId ?? '', JSON.parse(stored) as Partial<ConversationReference>, async (context) => {
      await context.sendActivity(renderReply(reply));
    });
  };
}
