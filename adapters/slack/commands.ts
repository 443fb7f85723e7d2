// Slash commands: `/kafka <question>` (answer only the asker sees, with a "Share in channel" button)
// and `/kafka-quiz [count|topic|review|stats|top|help]`. Ack first, then answer via respond().
import type { App, SlashCommand } from '@slack/bolt';
import type { Incoming, Reply } from '../../src/index.js';
import { fromSlackText } from './escape.js';
import { coreUserId } from './ids.js';
import { renderReply } from './render.js';
import { guarded, type SlackDeps } from './safe.js';

/** Reply kinds worth sharing publicly. */
const SHAREABLE = new Set<Reply['kind']>(['answer', 'comparison']);

/** Whether a /kafka answer gets the "Share in channel" button. */
export function isShareable(reply: Reply): boolean {
  return SHAREABLE.has(reply.kind) && !reply.private;
}

/** A running quiz is posted in the channel (others see it; only its owner can answer). */
export function isPublicQuiz(reply: Reply): boolean {
  return !reply.private && reply.quiz?.question !== undefined;
}

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/kafka', async ({ command, ack, respond }) => {
    const release = await deps.slots.acquire();
    try {
      await ack();
      // `/kafka` alone shows help (not the "type a question" nudge an empty message gets).
      const text = fromSlackText(command.text ?? '') || 'help';
      await guarded(
        deps,
        'command /kafka',
        logContext(command),
        async () => {
          const reply = await deps.assistant.handle(incoming(command, 'kafka', text));
          const share = isShareable(reply) ? text : undefined;
          await respond({ response_type: 'ephemeral', ...renderReply(reply, { share }) });
        },
        (apology) => respond({ response_type: 'ephemeral', text: apology }),
      );
    } finally {
      release();
    }
  });

  app.command('/kafka-quiz', async ({ command, ack, respond }) => {
    const release = await deps.slots.acquire();
    try {
      await ack();
      await guarded(
        deps,
        'command /kafka-quiz',
        logContext(command),
        async () => {
          const reply = await deps.assistant.handle(incoming(command, 'kafka-quiz', fromSlackText(command.text ?? '')));
          const responseType = isPublicQuiz(reply) ? 'in_channel' : 'ephemeral';
          await respond({ response_type: responseType, ...renderReply(reply) });
        },
        (apology) => respond({ response_type: 'ephemeral', text: apology }),
      );
    } finally {
      release();
    }
  });
}

function incoming(command: SlashCommand, name: 'kafka' | 'kafka-quiz', text: string): Incoming {
  return {
    platform: 'slack',
    userId: coreUserId(command.team_id, command.user_id),
    rawUserId: command.user_id,
    ...(command.user_name ? { userName: command.user_name } : {}),
    channelId: command.channel_id,
    command: name,
    text,
  };
}

function logContext(command: SlashCommand): Record<string, unknown> {
  return { command: command.command, channel: command.channel_id, user: command.user_id };
}
