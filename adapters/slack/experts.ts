// "전문가에게 물어보기" on Slack: the press posts the question, the asker and a link to their thread
// in EXPERTS_CHANNEL_ID; an expert's reply in that post's thread is relayed to the asker's thread
// (or DM) and recorded for `npm run gaps` next to the question.
import type { AllMiddlewareArgs, App } from '@slack/bolt';
import type { Action, Incoming, Onboarding } from '../../src/index.js';
import { escapeMrkdwn } from './escape.js';
import { describeError } from '../shared/errors.js';
import type { SlackDeps } from './safe.js';
import type { MessageLike } from './events.js';

type Client = AllMiddlewareArgs['client'];

export interface SlackExperts {
  onboarding: Onboarding;
  /** EXPERTS_CHANNEL_ID. */
  channelId: string;
}

/** Where a button was pressed and by whom. */
export interface ExpertPress {
  user: string;
  incoming: Omit<Incoming, 'action' | 'text' | 'command'>;
  channel?: string;
  messageTs?: string;
  threadTs?: string;
  /** The message is an ephemeral one (a /kafka answer): only respond() reaches it. */
  ephemeral: boolean;
  /** Pressed in the App Home tab: no message to answer under, so answers go to the DM. */
  inHome: boolean;
}

/** Forward the question; returns the private confirmation text for the asker. */
export async function askExpert(
  client: Client,
  experts: SlackExperts,
  press: ExpertPress,
  action: Extract<Action, { type: 'ask_expert' }>,
): Promise<string> {
  // Relay target: the thread the answer sits in, or the asker's DM for private answers.
  const inThread = !press.ephemeral && !press.inHome && press.channel && press.messageTs;
  const relay = inThread ? { channel: press.channel!, threadTs: press.threadTs ?? press.messageTs } : { channel: press.user };
  let link = '';
  if (inThread) {
    const permalink = await client.chat.getPermalink({ channel: press.channel!, message_ts: press.messageTs! }).catch(() => undefined);
    if (permalink?.permalink) link = `\n<${permalink.permalink}|원래 스레드 보기>`;
  }
  const text = `❓ *노트에 없는 질문이에요*\n> ${escapeMrkdwn(action.question)}\n물어본 사람: <@${press.user}>${link}\n이 스레드에 답을 달아 주시면 물어본 분께 전해 드려요.`;
  const posted = await client.chat.postMessage({ channel: experts.channelId, text, unfurl_links: false });
  if (!posted.ts) throw new Error('chat.postMessage returned no ts');
  await experts.onboarding.experts.remember(`slack:${experts.channelId}:${posted.ts}`, {
    question: action.question,
    askerId: press.incoming.userId,
    relay,
    at: experts.onboarding.now(),
  });
  return '전문가 채널에 물어봤어요. 답이 달리면 여기로 알려 드릴게요. 🙌';
}

/** Relay replies in the experts channel's question threads. */
export function registerExperts(app: App, deps: SlackDeps, experts: SlackExperts): void {
  app.event('message', async ({ event, context, client }) => {
    const e = event as unknown as MessageLike;
    if (e.channel !== experts.channelId || !e.thread_ts || e.thread_ts === e.ts) return;
    if (e.subtype !== undefined || e.bot_id || !e.user || e.user === context.botUserId) return;
    try {
      const request = await experts.onboarding.experts.find(`slack:${e.channel}:${e.thread_ts}`);
      if (!request) return;
      const answer = (e.text ?? '').trim();
      const first = await experts.onboarding.experts.recordAnswer(`slack:${e.channel}:${e.ts}`, {
        question: request.question,
        answer,
        expert: `slack:${e.user}`,
        at: experts.onboarding.now(),
      });
      if (!first) return;
      await client.chat.postMessage({
        channel: request.relay.channel,
        ...(request.relay.threadTs ? { thread_ts: request.relay.threadTs } : {}),
        text: `💬 *전문가 답변* (<@${e.user}>)\n> ${escapeMrkdwn(request.question)}\n${answer}`,
        unfurl_links: false,
      });
    } catch (error) {
      deps.log.error({ where: 'experts relay', channel: e.channel, err: describeError(error, deps.secrets) }, 'slack: expert relay failed');
    }
  });
}
