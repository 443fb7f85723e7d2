// What of a chunk is indexed, field by field, and the whole words of those fields. One place, so
// the index build, its snapshot and an incremental update read a chunk exactly alike.
import type { Chunk } from '../model/chunk.js';
import { readWords } from './analyze-ko.js';

/** Joins breadcrumb segments inside one field; each segment is analyzed on its own. */
export const SEP = '\u001f';

/**
 * What a chunk is about, nearest first: its subject (for aspect chunks) and its parent section.
 * "XFS › 단점" must beat "ext4 › 단점" for "XFS 단점" even though both sit under "XFS , ext4 란?".
 */
export function nearOf(chunk: Chunk): string {
  const subject = chunk.subject?.split(' › ').pop();
  const parent = chunk.breadcrumb[chunk.breadcrumb.length - 2];
  return [...new Set([subject, parent, chunk.context].filter((s): s is string => Boolean(s)))].join(SEP);
}

/** Far ancestors: the breadcrumb above the parent. */
export const crumbsOf = (chunk: Chunk) => chunk.breadcrumb.slice(0, -2).join(SEP);

/** The indexed fields, in minisearch's order. */
export const FIELDS = ['title', 'near', 'crumbs', 'text'] as const;

export interface Doc {
  id: string;
  title: string;
  near: string;
  crumbs: string;
  text: string;
}

export function docOf(chunk: Chunk): Doc {
  return { id: chunk.id, title: chunk.title, near: nearOf(chunk), crumbs: crumbsOf(chunk), text: chunk.text };
}

/** Index terms of a text (whole words, parts of dotted names, bigrams); whole words go to `words`. */
export function termsOfText(text: string, words?: Set<string>): string[] {
  const out: string[] = [];
  for (const w of readWords(text)) {
    for (const t of w.terms) {
      out.push(t);
      words?.add(t);
    }
    if (w.parts) for (const t of w.parts) out.push(t);
    for (const t of w.grams) out.push(t);
  }
  return out;
}
