// Adaptive Card 1.5 building blocks for the Teams adapter: element shapes, small constructors and the
// markdown-lite → TextBlock conversion. render.ts and render-parts.ts compose them into whole cards.
import type { Action } from '../../src/index.js';
import { clipUnits } from '../shared/text.js';

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
  /** Teams: the `<at>` mentions the card's text carries. */
  msteams?: { entities: CardElement[] };
}

/** What an Action.Submit carries back in `activity.value`: the neutral action, round-tripped. */
export interface SubmitData {
  kafkaBot: Action;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Teams never wraps a button title: longer ones are cut (choices are rows, not buttons). */
export const MAX_BUTTON_TITLE = 20;

export function card(body: CardElement[], actions: CardElement[], fallbackText: string, extra: Partial<AdaptiveCard> = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText,
    ...extra,
  };
}

export function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function subtle(text: string, extra: CardElement = {}): CardElement {
  return textBlock(text, { size: 'Small', isSubtle: true, spacing: 'Small', ...extra });
}

/** The card's heading: Teams' body size is 14 px, so a title is Large (18 px) and bold. */
export function heading(text: string, extra: CardElement = {}): CardElement {
  return textBlock(text, { size: 'Large', weight: 'Bolder', style: 'heading', ...extra });
}

const title = (action: Action) => clipUnits(action.label, MAX_BUTTON_TITLE);

/** A button that sends the neutral action back to the bot when pressed. */
export function submit(action: Action, extra: CardElement = {}): CardElement {
  const data: SubmitData = { kafkaBot: action };
  return { type: 'Action.Submit', title: title(action), data, ...extra };
}

/** A Universal Action (`verb`), falling back to Action.Submit with the same action for older clients. */
export function execute(action: Action, verb: string, extra: CardElement = {}, data: CardElement = {}): CardElement {
  return { type: 'Action.Execute', verb, title: title(action), data: { kafkaBot: action, ...data }, fallback: submit(action), ...extra };
}

export function actionSet(actions: CardElement[], extra: CardElement = {}): CardElement[] {
  return actions.length > 0 ? [{ type: 'ActionSet', actions, ...extra }] : [];
}

export function container(items: CardElement[], extra: CardElement = {}): CardElement {
  return { type: 'Container', items, ...extra };
}

/** Columns side by side; a number is a weight, 'auto' fits the content, 'stretch' takes the rest. */
export function columns(
  cells: Array<[width: number | 'auto' | 'stretch', items: CardElement[]]>,
  extra: CardElement = {},
  align: 'Top' | 'Center' = 'Center',
): CardElement {
  return {
    type: 'ColumnSet',
    columns: cells.map(([width, items]) => ({ type: 'Column', width, items, verticalContentAlignment: align })),
    ...extra,
  };
}

const LIST_ITEM = /^\s*(?:[-*]|\d+\.)\s+/;
const QUOTE = /^\s*>\s?/;

/**
 * Markdown-lite (`**bold**`, `- ` bullets, blank-line paragraphs, `> ` quotes) → TextBlocks. Adaptive
 * Card markdown understands bold and lists itself; Teams wants list items separated by `\r`, so each
 * run of list items becomes one block, a quote a subtle one, and every other line its own block.
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
    const push = (text: string, extra: CardElement = {}) => {
      blocks.push(textBlock(text, { ...(first ? {} : { spacing: 'None' }), ...extra }));
      first = false;
    };
    for (const line of lines) {
      if (LIST_ITEM.test(line)) {
        list.push(line.trim());
        continue;
      }
      if (list.length > 0) push(list.join('\r'));
      list = [];
      if (QUOTE.test(line)) push(line.replace(QUOTE, ''), { isSubtle: true });
      else push(line.trim());
    }
    if (list.length > 0) push(list.join('\r'));
  }
  return blocks;
}
