// Which units of a chunk answer the question: those that say what the breadcrumb does not, the
// ones with a value first for 몇/얼마, the sentence that settles a yes/no first; an intro sentence
// keeps its list, a list keeps its intro, and a nested bullet keeps the item it belongs to.
import type { Unit } from '../model/chunk.js';
import { analyze } from '../search/analyze-ko.js';
import { coverOf } from '../search/coverage.js';
import type { Concept } from '../search/query.js';
import type { QuestionKind } from './question-kind.js';

/** "…다음과 같이 설정하는 것을 추천한다.", "아래 항목을 확인한다:", "Check the following:". */
export const isIntro = (unit: Unit) =>
  !unit.bullet && unit.depth === 0 && /(?:[:：]\s*$|다음과\s*같|아래와\s*같|아래\s|다음\s|following|as follows)/i.test(unit.text);

function expand(units: Unit[], picked: Set<number>): Set<number> {
  const out = new Set(picked);
  // A sentence keeps the other sentences of its line: a label's value and what it means
  // ("max.block.ms: 기본 60000. 버퍼가 꽉 찼을 때 send() 가 블록되는 최대 시간").
  for (const i of picked) {
    for (let k = i - 1; k >= 0 && units[k]!.line === units[i]!.line && units[k]!.depth === units[i]!.depth; k--) out.add(k);
    for (let k = i + 1; k < units.length && units[k]!.line === units[i]!.line && units[k]!.depth === units[i]!.depth; k++) out.add(k);
  }
  for (const i of [...out]) {
    // The item a nested bullet belongs to, up to the top.
    let depth = units[i]!.depth;
    for (let k = i - 1; k >= 0 && depth > 0; k--) {
      if (units[k]!.depth < depth) {
        out.add(k);
        depth = units[k]!.depth;
      }
    }
    // An intro keeps its list (unless some lines of it were picked); a bullet of an introduced list keeps the intro.
    if (isIntro(units[i]!)) {
      const list: number[] = [];
      for (let k = i + 1; k < units.length && (units[k]!.bullet || units[k]!.depth > 0); k++) list.push(k);
      if (!list.some((k) => picked.has(k))) list.forEach((k) => out.add(k));
    } else if (units[i]!.bullet) {
      let k = i - 1;
      while (k >= 0 && (units[k]!.bullet || units[k]!.depth > 0)) k--;
      if (k >= 0 && isIntro(units[k]!)) out.add(k);
    }
  }
  return out;
}

/** A section this short is read whole: what answers sits in the line before or after the one that matched. */
const SHORT_SECTION = 280;
export const isShort = (units: Unit[]) => units.length <= 6 && units.reduce((n, u) => n + u.text.length, 0) <= SHORT_SECTION;

/** True when the question asks for one aspect the units are labelled with (단점 of "방식 B 단점은?"). */
export function labelAsked(units: Unit[], specific: Concept[]): boolean {
  const aspects = specific.filter((c) => c.soft);
  return (
    aspects.length > 0 &&
    units.some((u) => {
      if (!u.label) return false;
      const terms = new Set(analyze(u.label));
      return aspects.some((c) => coverOf(c, terms) > 0);
    })
  );
}

/** Units that answer the specific concepts, in note order (the deciding one first for yes/no); all when none match. */
export function pickUnits(units: Unit[], specific: Concept[], weight: (c: Concept) => number, kind: QuestionKind): Unit[] {
  if (specific.length === 0) return units;
  const scores: number[] = units.map((unit) => {
    const terms = new Set(analyze(`${unit.label ?? ''} ${unit.text}`));
    const score = specific.reduce((sum, c) => sum + coverOf(c, terms) * weight(c), 0);
    return kind.value && score > 0 && /\d/.test(unit.text) ? score * 1.3 : score;
  });
  // A list of `label: value` lines answers by its labels: when a label says what is asked
  // (파일시스템 of "which filesystem"), the other lines of the list stay out.
  const byLabel = units.map((unit) => {
    if (!unit.label || unit.depth > 0) return 0;
    const terms = new Set(analyze(unit.label));
    return specific.reduce((sum, c) => sum + coverOf(c, terms) * weight(c), 0);
  });
  if (byLabel.some((s) => s > 0)) {
    const best = Math.max(...byLabel);
    const lead = Math.max(...scores);
    scores.forEach((s, i) => {
      if (!units[i]!.label || units[i]!.depth > 0) return;
      scores[i] = byLabel[i] === best ? Math.max(s, lead) : Math.min(s, best * 0.4);
    });
  }
  const top = Math.max(...scores);
  if (top <= 0) return units;
  const picked = new Set(scores.flatMap((s, i) => (s >= top * 0.5 ? [i] : [])));
  const order = [...expand(units, picked)].sort((a, b) => a - b);
  const lead = scores.indexOf(top);
  if (kind.yesNo && units[lead]!.depth === 0) {
    return [units[lead]!, ...order.filter((i) => i !== lead).map((i) => units[i]!)];
  }
  return order.map((i) => units[i]!);
}
