// Hand-made quiz items and chunks for the quiz tests (no notes are read).
import type { Chunk, QuizItem } from '../../src/model/chunk.js';
import type { Choice } from '../../src/model/reply.js';

/** A quiz item with a made-up source; `topics` default ['raid']. */
export function item(id: string, answer: Choice, topics: string[] = ['raid']): QuizItem {
  return {
    id,
    statement: `${id} 문장`,
    answer,
    explanation: `${id} 해설`,
    source: { breadcrumb: ['카프카 클러스터', `${id} 섹션`], file: 'knowledge/x.md', line: 10 },
    topics,
    origin: { file: 'knowledge/quiz/x.yml', line: 1 },
  };
}

/** Ten items: r1..r5 (raid, O/X alternating), f1..f3 (filesystem), s1..s2 (saas). */
export function sampleItems(): QuizItem[] {
  return [
    item('r1', 'O'),
    item('r2', 'X'),
    item('r3', 'O'),
    item('r4', 'X'),
    item('r5', 'O'),
    item('f1', 'O', ['filesystem']),
    item('f2', 'X', ['filesystem']),
    item('f3', 'O', ['filesystem']),
    item('s1', 'X', ['saas']),
    item('s2', 'O', ['saas']),
  ];
}

/** A chunk with the given breadcrumb starting at `line`. */
export function chunk(breadcrumb: string[], line: number, extra: Partial<Chunk> = {}): Chunk {
  return {
    id: `knowledge/note.md#L${line}`,
    file: 'knowledge/note.md',
    startLine: line,
    endLine: line + 3,
    breadcrumb,
    title: breadcrumb[breadcrumb.length - 1] ?? '',
    units: [],
    text: '',
    ...extra,
  };
}
