// "A vs B", "A랑 B 차이", "A와 B는 어떻게 달라", "A, B 중 뭐가 나아", "should we pick A or B?",
// "카프카 브로커에는 RAID 10과 RAID 5 중 뭐가 나아?" -> the two sides, each with the words the
// question shares between them (브로커에는 …, 버전 고정하는 방법), so each side can be found in context.

/** What follows the sides and makes a question a comparison. */
const TAIL_KO =
  /\s*(?:의|에|에서)?\s*(?:(?:은|는)?\s*각각\s|차이(?:점)?|비교|다른\s*(?:점|거|것)|어떻게\s*(?:달라|다르|다른|다릅)|뭐가\s*(?:더\s*)?(?:나아|좋아|낫|나을|달라|다르|다른|좋|이겨|빨라)|무엇이\s*(?:다른|다르|나은|좋은)|어느\s*(?:쪽|게|것|거)?\s*(?:이|가)?\s*(?:더\s*)?(?:나아|좋아|낫|나을|이겨|이기|우선|맞|빨라|좋)|중(?:에서?)?\s*(?:뭐|어느|어떤|무엇|뭘)|(?:달라|다르|다른가|다릅니까|다른가요)).*$/;
const TAIL_EN =
  /\s*[,:]?\s*(?:(?:what(?:'s| is| are)\s+)?(?:the\s+)?(?:difference|differences)|which\s+(?:one\s+)?(?:is\s+|should\b|wins|to\b)|how\s+do\s+they\s+differ|compared?).*$/i;
/** What precedes the sides in English questions. */
const LEAD_EN =
  /(?:^(?:what(?:'s| is| are)\s+)?(?:the\s+)?(?:differences?|compare|comparison)\s+(?:between\s+|of\s+)?|\bwhich\s+(?:one\s+)?is\s+(?:better|faster|preferred)\s*|\bshould\s+(?:we|i)\s+(?:pick|use|choose|go\s+with|prefer)\s+|\b(?:do|would)\s+you\s+recommend\s+)/i;
/** "A 쓰면 B랑 뭐가 달라?": the second side closes the body with its particle. */
const CLOSING_SIDE = /^(.+?)\s*(?:을|를)?\s*(?:쓰면|쓸\s*때|하면|사용하면|쓰는\s*거랑|쓰는\s*것과)?\s+(\S+?)(?:이랑|랑|하고|와|과)$/;

/** `대` after 몇 or a count is a counter (브로커 몇 대, 3 대 필요), never "versus". */
const VERSUS = /\s+(?:vs\.?|versus|(?<!몇\s*)대)\s+/i;

/** "How does A compare to B", "Is A better than B": English forms that name both sides in place. */
const EN_PAIRS: RegExp[] = [
  /^(?:how\s+(?:does|do|is|are)\s+)(.+?)\s+compare\s+(?:to|with|against)\s+(.+?)$/i,
  /^(?:is|are|would|does)\s+(.+?)\s+(?:better|faster|safer|cheaper|slower|worse|more\s+\w+|less\s+\w+)\s+than\s+(.+?)(?:\s+for\s+.+)?$/i,
];

const CONJUNCTIONS: RegExp[] = [
  VERSUS,
  /(?<=\S)(?:이랑|랑|하고|와|과|이나)\s+/,
  /\s+(?:or|또는|아니면)\s+/i,
  /\s*,\s*/,
  /\s+(?:and|with|to)\s+/i,
];

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const clean = (s: string) =>
  s
    .replace(/[?？!.,:;]+$/g, '')
    .replace(/^[\s,:;]+/, '')
    .trim();

export interface ComparisonQuestion {
  /** Each side with the words both share: `['ZooKeeper 모드 버전 고정', 'KRaft 모드 버전 고정']`. */
  sides: [string, string];
}

/** The two sides of a comparison question, or undefined when it is not one. */
export function parseComparison(text: string): [string, string] | undefined {
  const question = text.replace(/\s+/g, ' ').trim();
  const tailKo = TAIL_KO.exec(question);
  const tailEn = TAIL_EN.exec(question);
  const lead = LEAD_EN.exec(question);
  for (const pair of EN_PAIRS) {
    const m = pair.exec(clean(question));
    if (m?.[1] && m[2]) return withSharedWords(words(clean(m[1])), words(clean(m[2])));
  }
  const versus = VERSUS.exec(question);
  const explicit = Boolean(versus && !countedBy(question.slice(0, versus.index), question.slice(versus.index + versus[0].length)));
  // "RAID 10 or RAID 5?": two short names and a question mark.
  const either = /^[^\s]+(?:\s[^\s]+){0,2}\s+or\s+[^\s]+(?:\s[^\s]+){0,2}\?$/i.test(question);
  const marked = Boolean(tailKo?.[0].trim() || tailEn?.[0].trim() || lead?.[0].trim() || explicit || either);
  if (!marked) return undefined;
  let body = question;
  const tail = [tailKo, tailEn].filter((m): m is RegExpExecArray => Boolean(m?.[0].trim())).sort((a, b) => a.index - b.index)[0];
  if (tail && tail.index > 0) body = body.slice(0, tail.index);
  if (lead?.[0].trim()) body = body.slice(0, lead.index) + body.slice(lead.index + lead[0].length);
  body = clean(body);
  // "…, memory-wise" / "…, in terms of memory": what both sides are compared on.
  const aspect = /\s*,?\s*(?:([a-z]+)-wise|in terms of ([a-z ]+))$/i.exec(body);
  const on = aspect ? [aspect[1] ?? aspect[2] ?? ''] : [];
  if (aspect) body = body.slice(0, aspect.index);
  body = body.replace(/\b(?:the|an?)\s+(?=[a-z])/g, '');
  const closing = CLOSING_SIDE.exec(body);
  if (closing && tail) return withSharedWords(words(clean(closing[1]!)), [closing[2]!]);
  // "between X and Y" names its sides with `and`, whatever commas X or Y hold.
  const order = /\bbetween\b/i.test(lead?.[0] ?? '') ? [CONJUNCTIONS[4]!, ...CONJUNCTIONS] : CONJUNCTIONS;
  for (const [i, conj] of order.entries()) {
    // `and`/`with`/`to` and particles only split when the question says it compares.
    if (i >= 1 && !(tail || lead?.[0].trim() || (either && i === 2))) continue;
    const m = conj.exec(body);
    if (!m || (conj === VERSUS && countedBy(body.slice(0, m.index), body.slice(m.index + m[0].length)))) continue;
    const a = clean(body.slice(0, m.index));
    const b = clean(body.slice(m.index + m[0].length));
    if (!a || !b || a.toLowerCase() === b.toLowerCase() || a.length > 80 || b.length > 80) continue;
    return withSharedWords(words(a), [...words(b), ...on]);
  }
  return undefined;
}

/**
 * `3 대 필요해` counts; `RAID 10 대 RAID 5` compares: after a number, 대 is "versus" only when the
 * right side starts like the left one (the same word, or both a Latin name).
 */
function countedBy(left: string, right: string): boolean {
  if (!/(?:\d|한|두|세|네|다섯|여섯|여러|몇)$/.test(left.trim())) return false;
  const first = right.trim().split(/\s+/)[0] ?? '';
  const leftWords = words(left);
  return !(leftWords.includes(first) || (/^[A-Za-z]/.test(first) && /^[A-Za-z]/.test(leftWords[0] ?? '')));
}

/**
 * Sides are parallel: the longer side's extra words are shared context. "개발이랑 운영 URP 알림"
 * compares 개발 and 운영, both about URP 알림; "Confluent Platform vs Cloud" is about Confluent.
 */
function withSharedWords(a: string[], b: string[]): [string, string] {
  const n = Math.min(a.length, b.length);
  const lead = a.slice(0, a.length - n);
  const trail = b.slice(n);
  const coreA = a.slice(a.length - n);
  const coreB = b.slice(0, n);
  return [[...lead, ...coreA, ...trail].join(' '), [...lead, ...coreB, ...trail].join(' ')];
}
