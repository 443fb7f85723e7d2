// Onboarding on Slack: a person joining a channel listed in ONBOARDING_CHANNEL_IDS gets one welcome
// DM (conversations.open + chat.postMessage) offering the first step of the learning path, once per
// user as claimed in the store; bots and the app itself never do. Also the quiz of the day's delivery.
import type { AllMiddlewareArgs, App } from '@slack/bolt';
import type { DailyDelivery, DirectDelivery, Onboarding } from '../../src/index.js';
import { coreUserId } from './ids.js';
import { describeError } from '../shared/errors.js';
import { renderReply } from './render.js';
import type { SlackDeps } from './safe.js';

export interface SlackOnboardingOptions {
  onboarding: Onboarding;
  /** Channels whose joins are welcomed. Default none (no welcomes). */
  channelIds: string[];
}

/** The fields of `member_joined_channel` the adapter reads. */
interface MemberJoined {
  user: string;
  channel: string;
  team?: string;
}

export function registerOnboarding(app: App, deps: SlackDeps, options: SlackOnboardingOptions): void {
  const channels = new Set(options.channelIds);
  app.event('member_joined_channel', async ({ event, context, client }) => {
    const e = event as unknown as MemberJoined;
    if (!channels.has(e.channel) || !e.user || e.user === context.botUserId) return;
    const where = { where: 'member_joined_channel', channel: e.channel, user: e.user };
    try {
      const info = await client.users.info({ user: e.user });
      if (info.user?.is_bot || info.user?.id === 'USLACKBOT') return;
      const pending = await options.onboarding.welcome(coreUserId(context.teamId ?? e.team, e.user), 'slack');
      if (!pending) return;
      try {
        const opened = await client.conversations.open({ users: e.user });
        const channel = opened.channel?.id;
        if (!channel) throw new Error('conversations.open returned no channel');
        await client.chat.postMessage({ channel, ...renderReply(pending.reply), unfurl_links: false, unfurl_media: false });
        await pending.sent();
        deps.log.info(where, 'slack: welcome sent');
      } catch (error) {
        await pending.failed();
        throw error;
      }
    } catch (error) {
      deps.log.error({ ...where, err: describeError(error, deps.secrets) }, 'slack: welcome failed');
    }
  });
}

/** Posts the quiz of the day into a Slack channel (the bot must be a member of it). */
export function slackDailyDelivery(client: AllMiddlewareArgs['client']): DailyDelivery {
  return async (channel, reply) => {
    await client.chat.postMessage({ channel: channel.channel, ...renderReply(reply), unfurl_links: false, unfurl_media: false });
  };
}

/** DMs a Slack user (`slack:<team>:<user>`): conversations.open, then chat.postMessage. */
export function slackDirectDelivery(client: AllMiddlewareArgs['client']): DirectDelivery {
  return async (userId, reply) => {
    const user = userId.split(':').at(-1) ?? userId;
    const opened = await client.conversations.open({ users: user });
    if (!opened.channel?.id) throw new Error('conversations.open returned no channel');
    await client.chat.postMessage({ channel: opened.channel.id, ...renderReply(reply), unfurl_links: false, unfurl_media: false });
  };
}
