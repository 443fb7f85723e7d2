// "A vs B" -> both subjects side by side, aspect by aspect (정의, 특징, 장점, 단점, 용도, 예시, or the
// row labels of a comparison table), each cell trimmed so the whole reply stays within 1600 characters.
import type { Knowledge } from '../knowledge/types.js';
import type { Action, ComparisonRow, Reply } from '../reply.js';
import { finishReply } from '../render-text.js';
import { findEntity, KEY_ORDER, type Entity } from './entity.js';
import { clip, sourceOf } from './source.js';
import { composeAnswer, feedbackActions } from './compose.js';
import { noAnswer } from './no-answer.js';

/** Longest plain-text comparison reply. */
export const COMPARISON_LIMIT = 1600;

function rowsOf(a: Entity, b: Entity): Array<{ aspect: string; cells: [string, string] }> {
  const keys = [...new Set([...a.aspects, ...b.aspects].map((x) => x.key))];
  keys.sort((x, y) => rank(x) - rank(y));
  return keys.map((key) => {
    const left = a.aspects.find((x) => x.key === key);
    const right = b.aspects.find((x) => x.key === key);
    return { aspect: (left ?? right)!.name, cells: [left?.text ?? '', right?.text ?? ''] };
  });
}

const rank = (key: string) => {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
};

export function composeComparison(knowledge: Knowledge, sides: [string, string], question: string, notice?: string): Reply {
  const a = findEntity(knowledge, sides[0]);
  const b = a ? findEntity(knowledge, sides[1], a) : undefined;
  if (!a && !b) return noAnswer(knowledge, question, [], notice);
  if (!a || !b) {
    const found = a ? sides[0] : sides[1];
    const missing = a ? sides[1] : sides[0];
    return composeAnswer(knowledge, found, `"${clip(missing, 40)}"은(는) 노트에 없어서 비교할 수 없어요. ${found}에 대한 내용만 보여 드려요.`);
  }
  const all = rowsOf(a, b).filter((r) => r.cells.some(Boolean));
  const followUps = [`${a.title} 장점`, `${b.title} 단점`].filter((q) => q.length <= 60);
  const base = {
    kind: 'comparison' as const,
    title: `${a.title} vs ${b.title}`,
    body: '노트에 적힌 내용을 항목별로 나란히 놓았어요.',
    sources: [sourceOf(a.chunks[0]!), sourceOf(b.chunks[0]!)],
    followUps,
    actions: [
      ...followUps.map((q): Action => ({ type: 'ask', label: q, question: q })),
      ...feedbackActions(question, `${a.chunks[0]!.id}|${b.chunks[0]!.id}`),
    ],
    notice,
  };
  for (let count = all.length; count >= 1; count--) {
    const rows = all.slice(0, count);
    for (let cell = 260; cell >= 60; cell -= 20) {
      const trimmed: ComparisonRow[] = rows.map((r) => ({ aspect: r.aspect, cells: r.cells.map((c) => clip(c, cell)) }));
      const reply = finishReply({ ...base, comparison: { columns: [a.title, b.title], rows: trimmed } });
      if (reply.text.length <= COMPARISON_LIMIT) return reply;
    }
  }
  return finishReply({ ...base, comparison: { columns: [a.title, b.title], rows: [] } });
}
