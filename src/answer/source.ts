// Chunk -> Source, and how units print: the small shared vocabulary of the composers.
import type { Chunk, Unit } from '../model/chunk.js';
import type { Source } from '../model/reply.js';

export function sourceOf(chunk: Chunk): Source {
  return { title: chunk.title, file: chunk.file, line: chunk.startLine, endLine: chunk.endLine, breadcrumb: chunk.breadcrumb };
}

/** A unit as a line of the answer body: bullets keep their nesting. */
export function unitLine(unit: Unit, baseDepth = 0): string {
  const indent = '  '.repeat(Math.max(0, unit.depth - baseDepth));
  return unit.bullet || unit.depth > 0 ? `${indent}- ${unit.text}` : unit.text;
}

/** Unit text without its `label:` prefix (for comparison cells). */
export function unitBody(unit: Unit): string {
  if (!unit.label) return unit.text;
  const m = /^[^:：]{1,40}[:：]\s*(.*)$/s.exec(unit.text);
  return m && m[1] ? m[1] : unit.text;
}

/** A title without its trailing parenthetical: `IaaS (Infrastructure as a Service)` -> `IaaS`. */
export function shortTitle(title: string): string {
  return title.replace(/\s*\(.*\)\s*$/, '').trim() || title;
}

/**
 * Prose cut to about `max` characters for reading: at the last space when one is near the end, with an
 * ellipsis (adapters cut to platform limits with clipUnits/clipMrkdwn).
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
