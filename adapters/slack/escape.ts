// Slack text in and out. Outgoing: `&`, `<`, `>` are escaped in everything rendered as mrkdwn, so
// a question containing `<!channel>` or `<@U123>` is shown, never acted on. Incoming: entities decoded.
import { clipUnits } from '../shared/text.js';

/** Escape `&`, `<`, `>` so Slack shows the text literally (no mentions, links or pings). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What Slack reads as a boundary of `*bold*` for certain: none (start or end of text) or whitespace. */
const BOUNDARY = /^$|\s/u;
const ZWSP = '\u200B';

/**
 * `inner` as Slack bold, safe wherever it stands: Slack shows `*Kafka Bot*이에요` with its asterisks
 * (a Hangul letter right after the closing `*`), so a zero-width space goes between `*` and any
 * character other than whitespace on either side.
 */
export function slackBold(inner: string, before = '', after = ''): string {
  const open = BOUNDARY.test(before.slice(-1)) ? '*' : `${ZWSP}*`;
  const close = BOUNDARY.test(after.slice(0, 1)) ? '*' : `*${ZWSP}`;
  return `${open}${inner}${close}`;
}

/** Markdown-lite (`**bold**`, `- ` bullets) to Slack mrkdwn, escaping the text first; bold is made safe next to Hangul. */
export function toMrkdwn(markdownLite: string): string {
  return escapeMrkdwn(markdownLite)
    .replace(/\*\*(.+?)\*\*/g, (_, inner: string, at: number, all: string) =>
      slackBold(inner, all.slice(0, at), all.slice(at + inner.length + 4)),
    )
    .replace(/^(\s*)[-*] /gm, '$1• ');
}

/**
 * What the user typed, from Slack's encoded text: the bot's own mention removed, links reduced to
 * their label, `&amp;`/`&lt;`/`&gt;` decoded. Other mentions stay as written (escaped on echo).
 */
export function fromSlackText(text: string | undefined, botUserId?: string): string {
  let out = typeof text === 'string' ? text : '';
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  out = out.replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2').replace(/<((?:https?|mailto):[^>]+)>/g, '$1');
  return out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/**
 * Slack mrkdwn cut to at most `max` code units (a Slack field limit), between graphemes and never
 * inside an `&amp;`-style escape; ends `…` when cut.
 */
export function clipMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not leave half an escape entity at the end either.
  return clipUnits(text, max).replace(/&[a-z]{0,4}…$/, '…');
}
