// Button presses: quiz O/X (the quiz message is updated in place; someone else's press gets an
// ephemeral hint), follow-up questions, 👍/👎 feedback, quiz commands and "Share in channel".
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, RespondArguments, RespondFn } from '@slack/bolt';
import type { Action } from '../../src/index.js';
import { decodeAction, pressKey } from './action-value.js';
import { ACTION_PREFIX, FEEDBACK_BLOCK_ID, SHARE_ACTION_ID, context, type Block } from './blocks.js';
import { askExpert, type ExpertPress } from './experts.js';
import { THREAD_TTL_MS } from './events.js';
import { coreUserId, keys } from './ids.js';
import { renderReply, type SlackMessage } from './render.js';
import { isPublicQuiz, isShareable } from './commands.js';
import { describeError } from '../shared/errors.js';
import { guarded, type SlackDeps } from './safe.js';

/** Where a button was pressed and by whom (the fields experts.ts needs, plus how to answer). */
interface Press extends ExpertPress {
  respond?: RespondFn;
  client: AllMiddlewareArgs['client'];
  /** The pressed message's blocks and text, when Slack sent them (not for ephemeral messages). */
  blocks?: Block[];
  text?: string;
}

export function registerActions(app: App, deps: SlackDeps): void {
  // Presses being handled in this process (quiz answers): never persisted, so a crash or a failed
  // update cannot leave a question that ignores every later press.
  const inFlight = new Set<string>();
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action, respond, client, context }) => {
    const release = await deps.slots.acquire();
    try {
      await ack();
      await handlePress(deps, inFlight, action, body, respond, client, context.teamId);
    } finally {
      release();
    }
  });
}

async function handlePress(
  deps: SlackDeps,
  inFlight: Set<string>,
  action: ButtonAction,
  body: BlockAction<ButtonAction>,
  respond: RespondFn,
  client: AllMiddlewareArgs['client'],
  teamId: string | undefined,
): Promise<void> {
  const decoded = decodeAction(action.value);
  if (!decoded) return deps.log.warn({ actionId: action.action_id }, 'slack: unknown button value ignored');
  const press = toPress(body, teamId, client, respond);
  const share = action.action_id === SHARE_ACTION_ID;
  const dedupe = share ? { key: 'share', ttlMs: 86_400_000, durable: true } : pressKey(decoded, action.action_id);
  const anchor = press.messageTs ?? body.view?.id ?? body.trigger_id;
  const claimKey = keys.press(anchor, press.user, dedupe.key);
  if (dedupe.durable ? !(await deps.store.claim(claimKey, dedupe.ttlMs)) : inFlight.has(claimKey)) return;
  if (!dedupe.durable) inFlight.add(claimKey);
  const logContext = { action: action.action_id, channel: press.channel, user: press.user };
  // Set once the press has counted (a vote stored, a share posted): from then on a retry would count twice.
  let counted = false;
  try {
    const ok = await guarded(
      deps,
      `action ${decoded.type}`,
      logContext,
      () => run(deps, press, decoded, share, () => (counted = true)),
      (text) => tell(press, { text }),
    );
    if (!ok && dedupe.durable && !counted) {
      await deps.store.release(claimKey).catch((error: unknown) => {
        deps.log.warn({ ...logContext, err: describeError(error, deps.secrets) }, 'slack: press claim could not be released');
      });
    }
  } finally {
    inFlight.delete(claimKey);
  }
}

async function run(deps: SlackDeps, press: Press, action: Action, share: boolean, counted: () => void): Promise<void> {
  if (share && action.type === 'ask') {
    const reply = await deps.assistant.handle({ ...press.incoming, command: 'kafka', text: action.question });
    await press.respond?.({ response_type: 'in_channel', replace_original: false, ...renderReply(reply, { askedBy: press.user }) });
    counted();
    await press.respond?.({ delete_original: true });
    return;
  }
  if (action.type === 'ask_expert' && deps.experts)
    return tell(press, { text: await askExpert(press.client, deps.experts, press, action) });
  const text = action.type === 'ask' ? action.question : action.type === 'quiz_command' ? action.command : undefined;
  const command = action.type === 'quiz_command' ? 'kafka-quiz' : undefined;
  const reply = await deps.assistant.handle({
    ...press.incoming,
    action,
    ...(text !== undefined ? { text } : {}),
    ...(command ? { command } : {}),
  });
  if (action.type === 'feedback') {
    counted();
    return thankInPlace(press, action.vote);
  }
  if (reply.private) return tell(press, renderReply(reply));
  if (action.type === 'quiz_answer') return updateInPlace(press, renderReply(reply));
  if (action.type === 'quiz_command') {
    if (press.inHome || !press.respond) return post(press, renderReply(reply));
    return void (await press.respond({
      response_type: isPublicQuiz(reply) ? 'in_channel' : 'ephemeral',
      replace_original: false,
      ...renderReply(reply),
    }));
  }
  // A follow-up question: under the message it came from (a thread in channels), privately for /kafka answers.
  if (press.ephemeral && press.respond) {
    return void (await press.respond({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderReply(reply, { share: isShareable(reply) ? text : undefined }),
    }));
  }
  const threadTs = press.inHome || press.channel?.startsWith('D') ? press.threadTs : (press.threadTs ?? press.messageTs);
  if (threadTs && press.channel) await deps.store.claim(keys.thread(press.channel, threadTs), THREAD_TTL_MS);
  await post(press, renderReply(reply), threadTs);
}

/**
 * A vote updates the message it was given on: the 👍/👎 block becomes a thank-you line, no extra
 * message. An ephemeral answer (its blocks are not in the payload) keeps Slack's own pressed state.
 */
async function thankInPlace(press: Press, vote: 'up' | 'down'): Promise<void> {
  const blocks = press.blocks;
  if (!blocks || !press.channel || !press.messageTs || press.ephemeral) return;
  const thanks = context([vote === 'up' ? '👍 피드백 고마워요!' : '👎 알려 줘서 고마워요. 노트를 보완하는 데 쓸게요.']);
  const updated = blocks.map((b) =>
    (b as { block_id?: string }).block_id === FEEDBACK_BLOCK_ID ? { ...thanks, block_id: FEEDBACK_BLOCK_ID } : b,
  );
  await press.client.chat.update({ channel: press.channel, ts: press.messageTs, text: press.text ?? '', blocks: updated });
}

/** Replace the pressed message (the quiz) with the new state. */
async function updateInPlace(press: Press, message: SlackMessage): Promise<void> {
  if (press.respond) return void (await press.respond({ replace_original: true, ...message }));
  if (press.channel && press.messageTs)
    return void (await press.client.chat.update({ channel: press.channel, ts: press.messageTs, ...message }));
  await post(press, message);
}

/** Post a new message where the press happened (the user's DM for App Home). */
async function post(press: Press, message: SlackMessage, threadTs?: string): Promise<void> {
  const channel = press.inHome || !press.channel ? press.user : press.channel;
  const blocks = message.blocks.length > 0 ? { blocks: message.blocks } : {};
  const thread = threadTs ? { thread_ts: threadTs } : {};
  await press.client.chat.postMessage({ channel, ...thread, text: message.text, ...blocks, unfurl_links: false });
}

/** Something only the presser sees: an ephemeral message, via respond() when chat.postEphemeral cannot. */
async function tell(press: Press, message: Partial<SlackMessage> & { text: string }): Promise<void> {
  const viaRespond: RespondArguments = { response_type: 'ephemeral', replace_original: false, ...message };
  if (press.inHome) return post(press, { blocks: [], ...message });
  if (press.ephemeral && press.respond) return void (await press.respond(viaRespond));
  try {
    if (!press.channel) throw new Error('no channel');
    const thread = press.threadTs ? { thread_ts: press.threadTs } : {};
    await press.client.chat.postEphemeral({ channel: press.channel, user: press.user, ...thread, ...message });
  } catch (error) {
    if (!press.respond) throw error;
    await press.respond(viaRespond);
  }
}

function toPress(body: BlockAction, teamId: string | undefined, client: Press['client'], respond: RespondFn | undefined): Press {
  const container = (body.container ?? {}) as {
    type?: string;
    message_ts?: string;
    channel_id?: string;
    is_ephemeral?: boolean;
    thread_ts?: string;
  };
  const user = body.user.id;
  const team = body.team?.id ?? body.user.team_id ?? teamId;
  return {
    user,
    incoming: { platform: 'slack', userId: coreUserId(team, user), rawUserId: user, userName: body.user.username ?? body.user.name },
    channel: body.channel?.id ?? container.channel_id,
    messageTs: body.message?.ts ?? container.message_ts,
    threadTs: body.message?.thread_ts ?? container.thread_ts,
    ephemeral: container.is_ephemeral === true,
    inHome: container.type === 'view',
    respond: body.response_url ? respond : undefined,
    client,
    ...(Array.isArray(body.message?.blocks) && { blocks: body.message.blocks as Block[] }),
    ...(typeof body.message?.text === 'string' && { text: body.message.text }),
  };
}
