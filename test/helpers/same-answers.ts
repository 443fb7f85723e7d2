// Two loads of the same notes must answer alike, question by question (snapshot start, incremental
// reload): same chunks, quiz items, warnings and word counts, and for every dev-set question (test/fixtures/dev)
// the same ranked hits (ids, coverage, scores to 9 digits) and the same composed reply.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { composeAnswer } from '../../src/answer/compose.js';
import type { Knowledge } from '../../src/knowledge/types.js';

const DEV = path.resolve(import.meta.dirname, '../fixtures/dev');
const read = (file: string) =>
  readFileSync(path.join(DEV, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);

/** The dev set's questions and the bundled-notes questions. */
export const DEV_QUESTIONS = [...read('questions.jsonl'), ...read('bundled-questions.jsonl')];

export function expectSameAnswers(actual: Knowledge, expected: Knowledge, questions: string[] = DEV_QUESTIONS): void {
  expect(actual.files).toEqual(expected.files);
  expect(actual.chunks).toEqual(expected.chunks);
  expect(actual.search.chunks).toEqual(expected.chunks);
  expect(actual.quizItems).toEqual(expected.quizItems);
  expect(actual.warnings).toEqual(expected.warnings);
  // How many chunks write each whole word (what typo variants land on) must follow edits exactly.
  const wordCounts = (k: Knowledge) => {
    const saved = k.search.save();
    return saved.json.tables.words.map((w, i) => `${w} ${saved.arrays.wordCounts[i]}`).sort();
  };
  expect(wordCounts(actual)).toEqual(wordCounts(expected));
  for (const q of questions) {
    const hits = (k: Knowledge) =>
      k.search.search(q, { limit: 20 }).map((h) => `${h.chunk.id} ${h.coverage.toFixed(9)} ${h.score.toPrecision(9)}`);
    expect({ q, hits: hits(actual) }).toEqual({ q, hits: hits(expected) });
    const a = composeAnswer(actual, q);
    const e = composeAnswer(expected, q);
    expect({ q, kind: a.kind, text: a.text, sources: a.sources }).toEqual({ q, kind: e.kind, text: e.text, sources: e.sources });
  }
}
