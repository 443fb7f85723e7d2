// The message shortcut "Kafka Bot에게 물어보기" (callback id `ask_kafka_bot`): answers the chosen
// message's text privately to whoever pressed it, as an ephemeral message with "Share in channel",
// or in a DM when the bot cannot post in that channel (not invited, archived, a DM between others).
import type { App, MessageShortcut } from '@slack/bolt';
import type { Incoming } from '../../src/index.js';
import { context as contextBlock } from './blocks.js';
import { isShareable } from './commands.js';
import { fromSlackText } from './escape.js';
import { coreUserId } from './ids.js';
import { describeError } from '../shared/errors.js';
import { renderReply } from './render.js';
import { guarded, type SlackDeps } from './safe.js';

export const SHORTCUT_CALLBACK_ID = 'ask_kafka_bot';
export const DM_NOTE = '봇이 그 채널에 없어서 DM으로 답했어요. 채널에 공유하려면 `/invite @Kafka Bot` 으로 초대해 주세요.';

export function registerShortcut(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUT_CALLBACK_ID, type: 'message_action' },
    async ({ shortcut, ack, client, context }) => {
      const release = await deps.slots.acquire();
      // Whatever follows the acquire (the ack included) gives the slot back in finally.
      try {
        await ack();
        const user = shortcut.user.id;
        const channel = shortcut.channel.id;
        const logContext = { shortcut: SHORTCUT_CALLBACK_ID, channel, user };
        const dm = (text: string, blocks: unknown[] = []) =>
          client.chat.postMessage({ channel: user, text, ...(blocks.length > 0 ? { blocks: blocks as never } : {}), unfurl_links: false });
        await guarded(
          deps,
          `shortcut ${SHORTCUT_CALLBACK_ID}`,
          logContext,
          async () => {
            const text = fromSlackText(shortcut.message.text ?? '', context.botUserId);
            const incoming: Incoming = {
              platform: 'slack',
              userId: coreUserId(shortcut.team?.id ?? shortcut.user.team_id ?? context.teamId, user),
              rawUserId: user,
              userName: shortcut.user.username ?? shortcut.user.name,
              command: 'kafka',
              text,
            };
            const reply = await deps.assistant.handle(incoming);
            const thread = shortcut.message.thread_ts ? { thread_ts: shortcut.message.thread_ts } : {};
            try {
              await client.chat.postEphemeral({
                channel,
                user,
                ...thread,
                ...renderReply(reply, { share: isShareable(reply) ? text : undefined }),
              });
            } catch (error) {
              // not_in_channel, channel_not_found, is_archived, …: the presser still gets the answer.
              deps.log.info({ ...logContext, err: describeError(error, deps.secrets) }, 'slack: shortcut answer sent by DM instead');
              const message = renderReply(reply);
              await dm(message.text, [...message.blocks, contextBlock([DM_NOTE])]);
            }
          },
          (apology) => dm(apology),
        );
      } finally {
        release();
      }
    },
  );
}
