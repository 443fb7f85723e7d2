// What a reply may show of the user's own text: control and bidi characters never, and at most
// about ECHO_MAX characters of it in one place (cut by grapheme). The core echoes input in usage
// hints and "not in the notes" replies; every adapter runs its replies through safeAssistant.
import type { Assistant, Incoming, Reply } from '../../src/index.js';
import { clipGraphemes, graphemeLength, stripUnsafe } from './text.js';

/** Longest run of the user's text a reply may echo, in graphemes. */
export const ECHO_MAX = 100;
/** Echoes are found as runs of K-character pieces of the input. */
const K = 16;
/** Only this much of an input is indexed (a longer echo is still found: it starts within it). */
const INDEXED = 50_000;
/** Replies built from the notes: their text is the notes', even where it matches what was asked. */
const FROM_NOTES = new Set<Reply['kind']>(['answer', 'comparison']);

/** `text` with every run of more than `max` graphemes copied from one of `inputs` shortened to `max`. */
export function limitEchoes(text: string, inputs: string[], max = ECHO_MAX): string {
  const pieces = new Set<string>();
  for (const input of inputs) {
    for (const form of new Set([input, input.normalize('NFKC')])) {
      const indexed = form.slice(0, INDEXED);
      for (let i = 0; i + K <= indexed.length; i++) pieces.add(indexed.slice(i, i + K));
    }
  }
  if (pieces.size === 0 || text.length <= max) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (i + K <= text.length && pieces.has(text.slice(i, i + K))) {
      let j = i + K;
      while (j < text.length && pieces.has(text.slice(j - K + 1, j + 1))) j++;
      const run = text.slice(i, j);
      // Also bounded in code units: a run of conjoining jamo is a single grapheme however long.
      out += run.length > max * 4 || graphemeLength(run) > max ? clipGraphemes(run, max, max * 4) : run;
      i = j;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** `reply` safe to show: unsafe characters stripped everywhere, long echoes of `inputs` shortened (not in answers). */
export function safeReply(reply: Reply, inputs: string[]): Reply {
  const cleanInputs = inputs.map(stripUnsafe).filter((s) => s.length > K);
  const limit = !FROM_NOTES.has(reply.kind) && cleanInputs.length > 0;
  const clean = (s: string) => {
    const stripped = stripUnsafe(s);
    return limit ? stripUnsafe(limitEchoes(stripped, cleanInputs)) : stripped;
  };
  return mapStrings(reply, clean) as Reply;
}

/** The text a message carries that a reply might echo: what was typed, a follow-up's question, the display name. */
export function inputsOf(message: Incoming): string[] {
  const action = message.action;
  return [message.text, action?.type === 'ask' ? action.question : undefined, message.userName].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
}

/** `assistant` whose replies are safe to show (safeReply against the message's own text). */
export function safeAssistant(assistant: Assistant): Assistant {
  return { handle: async (message) => safeReply(await assistant.handle(message), inputsOf(message)) };
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}
