// Adaptive Card 1.5 building blocks for the Teams adapter: element shapes, small constructors and the
// markdown-lite → TextBlock conversion. render.ts composes them into whole cards.
import type { Action } from '../../src/index.js';

/** An Adaptive Card element or action, as plain JSON. */
export type CardElement = Record<string, unknown>;

/** A top-level Adaptive Card (Teams renders bot cards up to version 1.5). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  /** Shown by clients that cannot render the card: the reply's full plain text. */
  fallbackText?: string;
  /** Universal Actions: who gets a user-specific view, and the Action.Execute that fetches it. */
  refresh?: CardElement;
}

/** What an Action.Submit carries back in `activity.value`: the neutral action, round-tripped. */
export interface SubmitData {
  kafkaBot: Action;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(body: CardElement[], actions: CardElement[], fallbackText: string, refresh?: CardElement): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText,
    ...(refresh ? { refresh } : {}),
  };
}

export function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function subtle(text: string, extra: CardElement = {}): CardElement {
  return textBlock(text, { size: 'Small', isSubtle: true, spacing: 'Small', ...extra });
}

/** A button that sends the neutral action back to the bot when pressed. */
export function submit(action: Action): CardElement {
  const data: SubmitData = { kafkaBot: action };
  return { type: 'Action.Submit', title: action.label, data };
}

export function actionSet(actions: CardElement[], extra: CardElement = {}): CardElement[] {
  return actions.length > 0 ? [{ type: 'ActionSet', actions, ...extra }] : [];
}

const LIST_ITEM = /^\s*(?:[-*]|\d+\.)\s+/;

/**
 * Markdown-lite (`**bold**`, `- ` bullets, blank-line paragraphs) → TextBlocks. Adaptive Card
 * markdown understands bold and lists itself; Teams wants list items separated by `\r`, so each
 * run of list items becomes one block and every other line its own block.
 */
export function markdownBlocks(markdown: string): CardElement[] {
  const blocks: CardElement[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const lines = paragraph
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '');
    let list: string[] = [];
    let first = true;
    const push = (text: string) => {
      blocks.push(textBlock(text, first ? {} : { spacing: 'None' }));
      first = false;
    };
    for (const line of lines) {
      if (LIST_ITEM.test(line)) {
        list.push(line.trim());
        continue;
      }
      if (list.length > 0) push(list.join('\r'));
      list = [];
      push(line.trim());
    }
    if (list.length > 0) push(list.join('\r'));
  }
  return blocks;
}

/** Aspect column plus one column per side, as one ColumnSet row. */
export function columnRow(cells: CardElement[][], extra: CardElement = {}): CardElement {
  return {
    type: 'ColumnSet',
    columns: cells.map((items, i) => ({ type: 'Column', width: i === 0 ? 2 : 3, items })),
    ...extra,
  };
}
