// "전문가에게 물어보기" on Teams: the press posts the question and the asker in
// TEAMS_EXPERTS_CONVERSATION_ID; an expert's reply in that post's thread (@mentioning the bot, as
// Teams only delivers those) is relayed to the asker's conversation and recorded for `npm run gaps`.
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Action, Incoming, Onboarding } from '../../src/index.js';
import { renderText } from './render.js';

export interface TeamsExperts {
  onboarding: Onboarding;
  /** TEAMS_EXPERTS_CONVERSATION_ID: the experts channel's conversation id. */
  conversationId: string;
  adapter: CloudAdapter;
  appId?: string;
}

interface Conversations {
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }> };
}

/** Forward the question; returns the text of the private confirmation. */
export async function askExpertTeams(
  context: TurnContext,
  incoming: Incoming,
  action: Extract<Action, { type: 'ask_expert' }>,
  experts: TeamsExperts,
): Promise<string> {
  const client = context.turnState.get<Conversations | undefined>(context.adapter.ConnectorClientKey);
  if (!client) throw new Error('no connector client in the turn');
  const name = context.activity.from.name ?? incoming.rawUserId ?? 'someone';
  const posted = await client.conversations.sendToConversation(experts.conversationId, {
    ...renderText(
      `❓ **노트에 없는 질문이에요**\n\n> ${action.question}\n\n물어본 사람: ${name}\n\n이 글에 답글로 @Kafka Bot 을 멘션해 답해 주시면 물어본 분께 전해 드려요.`,
    ),
    type: 'message',
  });
  if (!posted.id) throw new Error('the experts post got no id');
  const asker = context.activity.conversation.id;
  await experts.onboarding.rememberTarget('teams', asker, JSON.stringify(TurnContext.getConversationReference(context.activity)));
  await experts.onboarding.experts.remember(`teams:${experts.conversationId}:${posted.id}`, {
    question: action.question,
    askerId: incoming.userId,
    relay: { channel: asker },
    at: experts.onboarding.now(),
  });
  return '전문가 채널에 물어봤어요. 답이 달리면 여기로 알려 드릴게요.';
}

/** Relay an expert's reply in a forwarded question's thread; true when the activity was one. */
export async function relayExpertReply(context: TurnContext, text: string, experts: TeamsExperts): Promise<boolean> {
  const [base, thread] = context.activity.conversation.id.split(';messageid=');
  if (base !== experts.conversationId || !thread) return false;
  const request = await experts.onboarding.experts.find(`teams:${base}:${thread}`);
  if (!request) return false;
  const expert = context.activity.from.name ?? context.activity.from.id;
  const first = await experts.onboarding.experts.recordAnswer(`teams:${context.activity.id ?? `${base}:${Date.now()}`}`, {
    question: request.question,
    answer: text,
    expert: `teams:${expert}`,
    at: experts.onboarding.now(),
  });
  if (!first) return true;
  const stored = await experts.onboarding.targetRef('teams', request.relay.channel);
  if (!stored) return true;
  await experts.adapter.continueConversationAsync(
    experts.appId ?? '',
    JSON.parse(stored) as Partial<ConversationReference>,
    async (ctx) => {
      await ctx.sendActivity(renderText(`💬 **전문가 답변** (${expert})\n\n> ${request.question}\n\n${text}`));
    },
  );
  await context.sendActivity(renderText('물어본 분께 전해 드렸어요. 고마워요! 🙏'));
  return true;
}
