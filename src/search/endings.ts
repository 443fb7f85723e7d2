// Korean particles and endings the analyzer strips, and what each says about the stem left behind:
// a noun (after 은/는/을/를 …, or after 하다/되다 forms: 설정하면 -> 설정) or a verb stem (바꾸면 -> 바꾸).
// Query planning uses this to tell content words from predicates the notes need not contain.

/** `noun`: the stem is a noun; `verbal`: the stem is a verb or adjective stem; `neutral`: either. */
export type EndingKind = 'noun' | 'verbal' | 'neutral';

const NOUN = [
  '이라는', '이라고', '에서는', '으로는', '이에요', '이었어', '입니다', '인가요', '이라면',
  '에선', '에서', '으로', '이랑', '하고', '한테', '에게서', '에게', '까지', '부터', '처럼', '보다', '이란', '라는', '이야', '이나',
  '에는', '와는', '과는', '인가', '에요', '예요', '이고', '이며', '이다', '이면', '이지', '인지', '이랑은',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '랑', '도', '만', '란', '야', '임', '뿐', '마다', '이서', '끼리', '들',
];
/** Particles that may also close a verb form (바꿔야, 해도, 있어만): they say nothing about the stem. */
const AMBIGUOUS = new Set(['야', '도', '만', '임', '이야', '이고', '이며', '이면', '이지', '하고']);
/** 하다/되다 forms: what is left is the verbal noun (설정하면 -> 설정, 적용돼요 -> 적용). */
const HA = [
  '하려면', '해야돼', '했는데', '되는데', '하는데', '합니다', '됩니다', '하나요', '되나요', '할까요', '해야해',
  '하면', '해도', '하나', '할까', '된다', '되면', '되나', '돼요', '해요', '해야', '했어', '했나', '하는', '되는', '해서',
  '한다', '했다', '하게', '되게', '하고', '하지', '되지', '해줘', '하니', '하냐', '되니', '되냐', '할때', '하려고', '됐어',
  '해', '한', '할', '된', '됨', '함', '돼', '됐',
];
const VERBAL = [
  '었는데', '였는데', '았는데', '는데요', '으면', '었어', '았어', '였어', '어요', '아요', '나요', '는데', '는지', '을까', '을지',
  '어서', '아서', '려면', '려고', '니', '냐', '까', '고', '며', '면', '다',
];

/** Particles and endings, longest first; stripped only when at least two syllables remain. */
export const SUFFIXES = [...new Set([...NOUN, ...HA, ...VERBAL, '요'])].sort((a, b) => b.length - a.length);

const KIND = new Map<string, EndingKind>();
for (const s of VERBAL) KIND.set(s, 'verbal');
for (const s of HA) KIND.set(s, 'noun');
for (const s of NOUN) KIND.set(s, AMBIGUOUS.has(s) ? 'neutral' : 'noun');

export function endingKind(suffix: string): EndingKind {
  return KIND.get(suffix) ?? 'neutral';
}
