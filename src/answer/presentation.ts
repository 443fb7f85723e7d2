// How an answer names its topic and which values it emphasises: presentation only (the lines an
// answer shows are chosen in compose.ts). The title is the section's own name, an aspect named with
// its subject ("IaaS 단점"); the breadcrumb stays on the source line.
import type { Chunk } from '../model/chunk.js';
import { withoutAspects } from './follow-ups.js';
import { shortTitle } from './source.js';

/** The topic an answer shows as its title; `listsParts` when the body lists the chunk's siblings. */
export function topicTitle(chunk: Chunk, listsParts: boolean): string {
  if (chunk.subject && chunk.aspect) {
    // The subject's whole name when short enough: its parenthesis often says what it is (ISR (In-Sync Replicas)).
    const whole = withoutAspects(chunk.subject.split(' › ').at(-1) ?? '');
    const subject = whole.length <= 40 ? whole : withoutAspects(shortTitle(whole));
    const ownName = chunk.title === chunk.aspect || listsParts;
    if (ownName && subject) return `${subject} ${chunk.aspect}`;
  }
  if (listsParts) return chunk.breadcrumb.at(-2) ?? chunk.title;
  return chunk.title;
}

/** Quantities with a unit (`32GB`, `24core`, `90일`, `30%`, `1.5x`): what a value question turns on. */
const QUANTITY =
  /(?<![\w.])\d+(?:[.,]\d+)?\s?(?:[KMGTPE]i?B|[kmgt]b|ms|s|core|cores|vCPU|x|%|개|일|시간|분|초|주|개월|년|배|대|회|건|명)(?![A-Za-z])/g;

/** The quantities in the answering lines (before "노트의 다른 값"), each once. */
export function answerValues(lines: string[]): string[] {
  const values: string[] = [];
  for (const line of lines) {
    if (line === '노트의 다른 값:') break;
    for (const m of line.matchAll(QUANTITY)) if (!values.includes(m[0])) values.push(m[0]);
  }
  return values.slice(0, 6);
}
