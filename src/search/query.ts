// Question -> query plan: content words ("concepts") with their own terms, synonyms from the
// lexicons, and typo/inflection variants the index has. Question words (뭐야, what, how …) are
// dropped; aspect words (장점, 특징 …) count half; predicates count little (see word-role.ts).
import { analyzeWords, type AnalyzedWord } from './analyze-ko.js';
import type { Alt, Lexicon } from './lexicon.js';
import type { Variants } from './variants.js';
import { isChatNoun, wordRole, type WordRole } from './word-role.js';

const STOPWORDS = new Set(
  (
    '뭐 뭐야 뭐에 뭔가 뭘 뭐임 뭔데 뭐지 무엇 무엇인가 무슨 어떤 어떻게 어때 어떄 얼마 얼마나 알려 알려줘 알려주세요 설명해 설명해줘 해줘 좀 ' +
    '대해 대해서 대한 관해 관련 있어 있나 있나요 있어요 있는 있을까 있을까요 있지 인가 나요 하나 써 써요 쓰면 써야 쓰는 써도 쓸까 써도돼 돼 돼요 되나 되나요 될까 해도 하나요 할까 할까요 ' +
    '몇 개 몇개 며칠 몇일 얼마동안 언제까지 얼마씩 어느 어느쪽 어느게 어떤거 뭐로 뭘로 무엇으로 더 좀더 혹시 그럼 그리고 근데 그런데 잘 많이 정말 진짜 요즘 지금 보통 일반적으로 ' +
    '이거 그거 저거 이건 그건 무엇을 누가 누구 언제 어디 어디서 왜 ' +
    '궁금 궁금해 궁금해요 가요 건가 건가요 거야 걸까 ' +
    '거지 거죠 건지 거예요 거에요 건데 거임 거였나 건가요 ' +
    '정리해줘 정리해 정리해주세요 요약해줘 요약해 알려줄래 설명 부탁 것들 거야 건지 건가 ' +
    '수 수도 거 것 게 건 걸 데 때 중 것도 것은 것이 것을 거도 것만 수는 수가 우리 우리팀 우리는 저희 제가 내가 나 너 해야 하면 돼 되는 하는 있는지 없는지 해야해 해야돼 하는지 ' +
    'what whats is are was were the a an of to for in on at by how do does did should i we you my our your me ' +
    'can could would which why when where who about with and or vs versus tell please it its this that these those use used ' +
    'need needs get got be any there much many have has having more most some such than then very just also only into from ' +
    'as if so not will may might must give explain ' +
    'once every each other same like want wants know way ways thing things something really actually currently right still ' +
    'already yet ever always usually happen happens'
  ).split(/\s+/),
);

/** Words that name an aspect of a subject rather than the subject. */
const SOFT = new Set(
  (
    '정의 설명 특징 주요 장점 단점 용도 예시 차이 차이점 비교 개념 방법 기준 역할 기능 목적 의미 뜻 효과 이유 원인 문제 문제점 영향 이름 종류 목록 ' +
    'pros cons advantages disadvantages features definition purpose role'
  ).split(' '),
);

export interface Concept {
  surface: string;
  /** Whole-word terms of the word itself. */
  terms: string[];
  /** Hangul bigrams of its stem. */
  grams: string[];
  /** Synonyms the index has, each a set of terms that must all be present. */
  alts: Alt[];
  /** Index terms the word most likely means when the index lacks it (typos, inflections). */
  near: string[];
  /** Parts of a dotted name (`metadata.version` -> metadata, version), all required. */
  parts: string[];
  /** Aspect words weigh half. */
  soft: boolean;
  /** Written as a name (Kafka Streams, ksqlDB, Cruise Control) or a config key (max.poll.records). */
  name?: boolean;
  /**
   * An unknown Korean word no lexicon knows (포맷해, 앙상블): a paraphrase as often as a missing
   * subject, so it weighs less than a missing name and does not alone make the subject missing.
   */
  weak?: boolean;
  role: WordRole;
}

/** What planning needs from the index it plans for. */
export interface PlanContext {
  lexicon: Lexicon;
  known: (term: string) => boolean;
  variants: Variants;
}

/** A question word with a particle or ending (뭐가, 뭔지, 무엇을, 어떤걸, 누구야): asks, says nothing. */
const ASKING =
  /^(?:뭐|뭔|뭘|무엇|무슨|어떤|어떻|어느|어디|언제|누구|누가|얼마|몇|왜)(?:가|를|을|이|은|는|야|지|였지|였더라|임|로|든|든지|일까|길래|니|냐|게|걸|거|건|데|요|에|에서|까지)?$/;

const isStop = (w: AnalyzedWord) => STOPWORDS.has(w.surface) || ASKING.test(w.surface) || w.terms.every((t) => STOPWORDS.has(t));
/** A section number (3.2, 5.1.4): it points at a heading, whose number the notes' titles drop. */
const SECTION_NUMBER = /^\d+(?:\.\d+)+\.?$/;

/** Counters after 몇 (몇 명이서, 몇 대, 몇 퍼센트): they only say a number is wanted. */
const COUNTER =
  /^(?:명|개|대|번|시간|분|초|일|주|달|개월|년|퍼센트|프로|배|가지|회|건|기가|메가|코어|살|층|차|단계|줄|자|글자|바이트|시|요일)/;

/** Words that only ask for a number: 몇 명이서, 몇대, 몇시간. */
function asksCount(word: AnalyzedWord, previous: AnalyzedWord | undefined): boolean {
  if (/^몇[\uac00-\ud7a3]+$/.test(word.surface)) return true;
  return previous?.surface === '몇' && COUNTER.test(word.surface);
}

/** Phrases of three, then two words the lexicons know ("안 좋은 점", "turn off", "지연 시간"): the
 * longest wins, so 좋은 in "안 좋은 점" means 단점, never 장점. */
function phrases(words: AnalyzedWord[], ctx: PlanContext): Map<number, Alt[]> {
  const taken = new Map<number, Alt[]>();
  for (const size of [3, 2]) {
    for (let from = 0; from + size <= words.length; from++) {
      const span = words.slice(from, from + size);
      if (span.some((_, k) => taken.has(from + k))) continue;
      // As written, or with the last word's particle read off ("운영 클러스터는" -> 운영 클러스터).
      const head = span.slice(0, -1).map((w) => w.surface);
      const last = span[span.length - 1]!;
      let found: Alt[] = [];
      for (const end of [last.surface, last.terms[0] ?? '', last.surface.replace(TRAILING_PARTICLE, '')]) {
        found = end ? ctx.lexicon.lookup([...head, end].join(' ')) : [];
        if (found.length > 0) break;
      }
      if (found.length === 0) continue;
      span.forEach((word, k) => {
        // Only what the other words of the phrase do not bring themselves.
        const theirs = new Set(span.filter((w) => w !== word).flatMap((w) => w.terms));
        taken.set(
          from + k,
          found.filter((alt) => !alt.every((t) => theirs.has(t))),
        );
      });
    }
  }
  return taken;
}

/** `filesystems` -> filesystem, `brokers` -> broker, `indexes` -> index: plurals the lexicon lists singular. */
function singular(word: string): string[] {
  if (!/^[a-z]{4,}s$/.test(word)) return [];
  return word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
}

function synonyms(word: AnalyzedWord, phrase: Alt[] | undefined, ctx: PlanContext, name: boolean): Alt[] {
  const out: Alt[] = [];
  const push = (alt: Alt) => {
    if (alt.every(ctx.known) && !out.some((a) => a.join(' ') === alt.join(' '))) out.push(alt);
  };
  if (phrase) phrase.forEach(push);
  // A phrase the notes write in none of its forms ("cooperative rebalancing") leaves each word its
  // own synonyms, but a name stays a name (Kafka *Connect* is no 접속).
  if (out.length === 0 && !(phrase && name))
    for (const key of [word.surface, ...word.terms, ...singular(word.surface)]) ctx.lexicon.lookup(key).forEach(push);
  return out.filter((alt) => !(alt.length === 1 && word.terms.includes(alt[0]!)));
}

/**
 * Names as written: Latin words capitalized mid-question ("Kafka *Connect*", "a *React* component"),
 * or cased inside anywhere (ksqlDB, MirrorMaker, KEDA).
 */
function capitalized(question: string): Set<string> {
  const out = new Set<string>();
  question.split(/\s+/).forEach((token, i) => {
    const word = /^[A-Za-z][A-Za-z0-9]*/.exec(token)?.[0] ?? '';
    if ((i > 0 && /^[A-Z][A-Za-z]/.test(word)) || /^[A-Za-z]+[A-Z]/.test(word)) out.add(word.toLowerCase());
  });
  return out;
}

/** Verb forms: honorific (보신, 알려주실), connective (-려면, -어서, -할때), adnominal -는 after a verb stem (줄어드는). */
const VERBAL_TAIL =
  /^[\uac00-\ud7a3][은는을를]$|(?:(?:시|신|실|셨|셔)(?:는|서|요|면|고)?|는데|는지|려면|으면|어서|아서|해서|해도|어도|아도|할때|할떄|을때|야되(?:요)?|야돼(?:요)?|야할|[드르주우되하오가]는|[한할된될린릴던준줄친칠진질킨킬운울난날간갈본볼]|대로)$/;

/** One- and two-syllable particles a question may leave on a noun the analyzer keeps whole (힙은, 랙이랑). */
const TRAILING_PARTICLE = /(?:이랑|에서|에선|에는|으로|까지|부터|한테|처럼|보다|이나|은|는|이|가|을|를|도|만|의|에|엔|로|와|과|랑)$/;

/** `힙은` -> `힙` when the notes have `힙`: a short noun's particle the analyzer could not tell apart. */
function knownBare(stem: string, ctx: PlanContext): string | undefined {
  const m = TRAILING_PARTICLE.exec(stem);
  const bare = m && m.index > 0 ? stem.slice(0, m.index) : undefined;
  // A one-syllable stem only when the lexicon knows it as a term (힙 yes; 주 of 다음 주에, 쪽 no).
  const ok = bare && /^[\uac00-\ud7a3]+$/.test(bare) && ctx.known(bare) && (bare.length >= 2 || ctx.lexicon.has(bare));
  return ok ? bare : undefined;
}

/** A word written without a particle or ending: it modifies the noun after it (연차 신청). */
const bare = (w: AnalyzedWord | undefined): boolean => Boolean(w && w.surface === w.terms[0] && !isStop(w));

/** A noun as written, or with a case particle (앙상블은, 타입을); not a 하다/되다 form (포맷해). */
const NOUN_PARTICLE = /^(?:은|는|이|가|을|를|도|만|의|에|엔|로|으로|와|과|랑|이랑|에서|에는|이나|나)?$/;
const nounForm = (w: AnalyzedWord): boolean =>
  w.surface.startsWith(w.terms[0] ?? '') && NOUN_PARTICLE.test(w.surface.slice((w.terms[0] ?? '').length));

/** A noun the notes (or the lexicon) know that is no aspect word: the other half of a noun phrase. */
function namesTopic(w: AnalyzedWord | undefined, ctx: PlanContext): boolean {
  if (!w || isStop(w) || w.terms.some((t) => SOFT.has(t))) return false;
  return w.terms.some(ctx.known) || ctx.lexicon.lookup(w.terms[0] ?? '').some((alt) => alt.every(ctx.known));
}

/** What the notes may call an unknown word: without a particle, split in two, or joined to a neighbour. */
function variantsOf(stem: string, before: AnalyzedWord | undefined, after: AnalyzedWord | undefined, ctx: PlanContext): Alt[] {
  const out: Alt[] = [];
  const bare = knownBare(stem, ctx);
  if (bare) out.push([bare]);
  const split = bare ? undefined : ctx.variants.split(stem);
  if (split) out.push(split);
  if (before && ctx.known((before.terms[0] ?? '') + stem)) out.push([(before.terms[0] ?? '') + stem]);
  if (after && ctx.known(stem + (after.terms[0] ?? ''))) out.push([stem + (after.terms[0] ?? '')]);
  return out;
}

export function planQuery(question: string, ctx: PlanContext): Concept[] {
  const words = analyzeWords(question);
  const names = capitalized(question);
  const inPhrase = phrases(words, ctx);
  const concepts: Concept[] = [];
  words.forEach((word, i) => {
    if (isStop(word) || asksCount(word, words[i - 1])) return;
    if (SECTION_NUMBER.test(word.surface) && !ctx.known(word.terms[0] ?? '')) return;
    // A config key has a dot or underscore and letters (max.poll.records); 3.2 and brand-new are no names.
    const key = (word.parts?.length ?? 0) > 0 && /[._]/.test(word.terms[0] ?? '') && /[a-z]/.test(word.terms[0] ?? '');
    const name = names.has(word.terms[0] ?? '') || key;
    const alts = synonyms(word, inPhrase.get(i), ctx, name);
    let role = name ? 'content' : wordRole(word, words[i + 1]);
    const knownOwn = word.terms.some(ctx.known);
    const near: string[] = [];
    const stem = word.terms[0]!;
    const hangul = /^[\uac00-\ud7a3]+$/.test(stem);
    // A one-syllable word is usually an ending, but not a term the notes and the lexicon share (힙).
    if (role === 'predicate' && hangul && stem.length === 1 && knownOwn && ctx.lexicon.has(stem)) role = 'content';
    // Chat about the asker (신입, 문서, 걱정, 인프라팀) is never what a question is about, known or not.
    const chat = role === 'content' && hangul && isChatNoun(stem);
    if (chat) role = 'chat';
    if (!knownOwn && alts.length === 0 && !chat) {
      alts.push(...variantsOf(stem, words[i - 1], words[i + 1], ctx));
      // A capitalized name is itself or nothing (Kafka *Streams* is not "streaming").
      if (alts.length === 0 && role === 'content' && !names.has(stem)) near.push(...ctx.variants.near(stem));
      // An unknown Korean word in a verb's form (줄어드는, 알려주실, 차린, 맡은, 받아야되요) is a predicate.
      if (alts.length === 0 && hangul && role === 'content' && !ctx.lexicon.has(stem) && VERBAL_TAIL.test(word.surface)) role = 'predicate';
    }
    // In a noun phrase with a word the notes know (연차 신청, 주키퍼 앙상블, 인스턴스 타입) it names
    // which thing is asked: the notes have the other word, not this thing.
    const phrase = (bare(word) && namesTopic(words[i + 1], ctx)) || (nounForm(word) && bare(words[i - 1]) && namesTopic(words[i - 1], ctx));
    const weak = role === 'content' && hangul && !knownOwn && alts.length === 0 && near.length === 0 && !ctx.lexicon.has(stem) && !phrase;
    concepts.push({
      surface: word.surface,
      terms: word.terms,
      grams: word.grams,
      alts,
      near,
      parts: word.parts ?? [],
      soft: word.terms.some((t) => SOFT.has(t)) || alts.some((alt) => alt.some((t) => SOFT.has(t))),
      ...(weak && { weak }),
      ...(name && { name }),
      role,
    });
  });
  // With no content word at all ("How do I write a React component?"), everyday words carry the topic.
  if (!concepts.some((c) => c.role === 'content'))
    for (const c of concepts) if (c.role === 'everyday' || c.role === 'chat') c.role = 'content';
  return concepts;
}
