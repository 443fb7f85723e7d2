// Block Kit building blocks shared by the renderers: header, context, section and buttons that
// carry a whole Action in their value. Every builder clips to the limits in limits.ts.
import type { types } from '@slack/bolt';
import type { Action } from '../../src/index.js';
import { clipMrkdwn } from './escape.js';
import { LIMITS } from './limits.js';

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

/** Prefix of every action_id the bot renders; the actions listener matches on it. */
export const ACTION_PREFIX = 'kafka:';
export const SHARE_ACTION_ID = `${ACTION_PREFIX}share`;

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: clipMrkdwn(text, LIMITS.headerText), emoji: true } };
}

export function context(mrkdwnTexts: string[]): Block {
  const elements = mrkdwnTexts
    .slice(0, LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn' as const, text: clipMrkdwn(text, LIMITS.sectionText) }));
  return { type: 'context', elements };
}

/** A section whose text is already mrkdwn; clipped to the section limit. */
export function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clipMrkdwn(mrkdwn, LIMITS.sectionText) } };
}

/** A button carrying `action` round-trip in its value; `text` when the button says something shorter than the label. */
export function button(action: Action, actionId: string, style?: 'primary' | 'danger', text = action.label): ButtonElement {
  return {
    type: 'button',
    action_id: clipMrkdwn(actionId, LIMITS.actionId),
    text: { type: 'plain_text', text: clipMrkdwn(text, LIMITS.buttonText), emoji: true },
    value: encodeAction(action),
    ...(style ? { style } : {}),
  };
}

/** A section whose whole text shows, with its button at its right (Slack's row with an accessory). */
export function row(mrkdwn: string, accessory?: ButtonElement): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clipMrkdwn(mrkdwn, LIMITS.sectionText) }, ...(accessory && { accessory }) };
}

/** Action id of the 👍/👎 element. */
export const FEEDBACK_ACTION_ID = `${ACTION_PREFIX}feedback`;
/** Block id of the block holding 👍/👎, so a vote can replace it with thanks in place. */
export const FEEDBACK_BLOCK_ID = 'kafka-feedback';

/** 👍/👎 as Slack's own feedback buttons (a `context_actions` block), each value the vote's action. */
export function feedbackBlock(up: Action, down: Action): Block {
  return {
    type: 'context_actions',
    block_id: FEEDBACK_BLOCK_ID,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: { text: { type: 'plain_text', text: '👍' }, accessibility_label: '도움이 됐어요', value: encodeAction(up) },
        negative_button: { text: { type: 'plain_text', text: '👎' }, accessibility_label: '도움이 안 됐어요', value: encodeAction(down) },
      },
    ],
  };
}

/** JSON of the action (label clipped like the button), the question shortened until it fits. */
export function encodeAction(action: Action): string {
  const clipped: Action = { ...action, label: clipMrkdwn(action.label, LIMITS.buttonText) } as Action;
  let value = JSON.stringify(clipped);
  if (!('question' in clipped)) return value;
  let question = clipped.question;
  while (value.length > LIMITS.buttonValue && question.length > 0) {
    question = question.slice(0, question.length - Math.max(1, value.length - LIMITS.buttonValue));
    value = JSON.stringify({ ...clipped, question });
  }
  return value;
}
