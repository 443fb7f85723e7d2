// Question -> query plan: content words ("concepts") with their terms, Hangul bigrams and glossary
// expansions. Question words (뭐야, what, how …) carry no content and are dropped; aspect words
// (장점, 특징 …) are kept but count half, since a note can answer without naming the aspect.
import type { GlossaryEntry } from '../knowledge/types.js';
import { analyzeWords } from './analyze-ko.js';
import { normalize } from './normalize.js';

const STOPWORDS = new Set(
  (
    '뭐 뭐야 뭐에 뭔가 뭘 무엇 무엇인가 무슨 어떤 어떻게 어때 어떄 얼마 얼마나 알려 알려줘 알려주세요 설명해 설명해줘 해줘 좀 ' +
    '대해 대해서 대한 관해 관련 있어 있나 있나요 있어요 있는 인가 나요 하나 써 써요 쓰면 써야 쓰는 써도 쓸까 써도돼 돼 돼요 되나 되나요 될까 해도 하나요 할까 할까요 ' +
    '몇 개 몇개 더 좀더 혹시 그럼 그리고 근데 그런데 잘 많이 정말 진짜 요즘 지금 보통 일반적으로 이거 그거 저거 이건 그건 무엇을 누가 누구 언제 어디 어디서 왜 궁금 궁금해 궁금해요 가요 건가 건가요 거야 걸까 ' +
    'what whats is are was were the a an of to for in on at by how do does did should i we you my our your me ' +
    'can could would which why when where who about with and or vs versus tell please it its this that these those use used ' +
    'need needs get got be any there much many have has having more most some such than then very just also only into from as if so not will may might must give explain'
  ).split(/\s+/),
);

/** Words that name an aspect of a subject rather than the subject. */
const SOFT = new Set('정의 설명 특징 주요 장점 단점 용도 예시 차이 비교 개념 pros cons advantages disadvantages features definition'.split(' '));

export interface Concept {
  surface: string;
  /** Whole-word terms of the word itself. */
  terms: string[];
  /** Hangul bigrams of its stem. */
  grams: string[];
  /** Whole-word terms of glossary synonyms. */
  expansions: string[];
  /** Aspect words weigh half in coverage. */
  soft: boolean;
}

/** Glossary lookup: any term (normalized, spaces removed) -> the analyzed terms of its whole set. */
export type GlossaryMap = Map<string, string[]>;

const squash = (s: string) => normalize(s).replace(/[\s\-_.·]+/g, '');

/**
 * Every term of an entry is a key; what it expands to are the entry's one-word terms only.
 * A multi-word term ("software as a service") is matched as a phrase of the question, never
 * spread into words that would make `as` or `service` count as saying "SaaS".
 */
export function glossaryMap(entries: GlossaryEntry[]): GlossaryMap {
  const map: GlossaryMap = new Map();
  for (const entry of entries) {
    const single = entry.terms.map(analyzeWords).filter((words) => words.length === 1);
    const expansion = [...new Set(single.flatMap((words) => words[0]!.terms))];
    for (const term of entry.terms) {
      const key = squash(term);
      map.set(key, [...new Set([...(map.get(key) ?? []), ...expansion])]);
    }
  }
  return map;
}

export function planQuery(question: string, glossary: GlossaryMap): Concept[] {
  const words = analyzeWords(question);
  const concepts: Concept[] = [];
  words.forEach((word, i) => {
    if (STOPWORDS.has(word.surface) || word.terms.every((t) => STOPWORDS.has(t))) return;
    const expansions = new Set<string>();
    for (const key of [word.surface, ...word.terms]) glossary.get(squash(key))?.forEach((t) => expansions.add(t));
    // Two-word glossary terms ("file system", "파일 시스템", "heap memory").
    // Only the part of a phrase's synonyms that the other word does not bring itself:
    // "confluent platform" lends 컨플루언트 to `confluent`, never `platform`.
    for (const other of [words[i - 1], words[i + 1]]) {
      if (!other) continue;
      const phrase = other === words[i - 1] ? other.surface + word.surface : word.surface + other.surface;
      const terms = glossary.get(squash(phrase));
      if (!terms) continue;
      const theirs = new Set([...other.terms, ...other.terms.flatMap((t) => glossary.get(t) ?? [])]);
      terms.filter((t) => !theirs.has(t)).forEach((t) => expansions.add(t));
    }
    for (const t of word.terms) expansions.delete(t);
    concepts.push({
      surface: word.surface,
      terms: word.terms,
      grams: word.grams,
      expansions: [...expansions],
      soft: word.terms.some((t) => SOFT.has(t)),
    });
  });
  return concepts;
}
