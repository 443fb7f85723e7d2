// What `npm run ask` prints for a reply: plain text with no markdown (markdown-it reads each line's
// markdown-lite and only its text comes out: no `**`, backticks or `>`), or one JSON line carrying
// every key for every kind, `title` null when the reply has none. A failure is kind `error` too.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { followUpsOf, type Reply, type ReplyKind } from '../../src/index.js';

// Raw HTML stays text (a note may say `<br>`); links are not guessed from bare URLs.
const md = new MarkdownIt('default', { html: false, linkify: false });

/** The text of inline markdown: emphasis and code marks dropped, a link as `text (url)`. */
function inlineText(tokens: Token[]): string {
  let out = '';
  let href: string | undefined;
  let linkText = '';
  for (const token of tokens) {
    const piece = ['text', 'text_special', 'code_inline', 'image'].includes(token.type) ? token.content : '';
    if (token.type === 'link_open') {
      href = token.attrGet('href') ?? undefined;
      linkText = '';
    } else if (token.type === 'link_close') {
      out += href && href !== linkText ? ` (${href})` : '';
      href = undefined;
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') out += '\n';
    out += piece;
    if (href !== undefined) linkText += piece;
  }
  return out;
}

/** Markdown-lite -> plain text, line by line so the layout stays: `- ` bullets kept, `> ` quotes indented. */
export function plainText(markdownLite: string): string {
  return markdownLite
    .split('\n')
    .map((line) => {
      const [, indent = '', bullet, quote, rest = ''] = /^(\s*)(?:([-*+] )|(> ?))?(.*)$/.exec(line) ?? [];
      const children = md.parseInline(rest, {})[0]?.children ?? [];
      return `${indent}${bullet ? '- ' : quote ? '  ' : ''}${inlineText(children)}`;
    })
    .join('\n');
}

/** One `--json` line: the same five keys for every kind. */
export interface JsonAnswer {
  kind: ReplyKind;
  text: string;
  sources: Array<{ title: string; file: string; line: number; breadcrumb: string[] }>;
  followUps: string[];
  title: string | null;
}

export function jsonAnswer(reply: Reply): JsonAnswer {
  return {
    kind: reply.kind,
    text: plainText(reply.text),
    sources: reply.sources.map((s) => ({ title: s.title, file: s.file, line: s.line, breadcrumb: s.breadcrumb })),
    followUps: followUpsOf(reply),
    title: reply.title ?? null,
  };
}

/** A question (or the start) that failed, in the same shape: kind `error`, the reason as text. */
export function jsonError(message: string): JsonAnswer {
  return { kind: 'error', text: message, sources: [], followUps: [], title: null };
}

/** What `ask` prints for one reply. */
export function output(reply: Reply, json: boolean): string {
  return json ? JSON.stringify(jsonAnswer(reply)) : plainText(reply.text);
}
