// What a question asks for, beyond its topic: a value (몇, 얼마, 기본값, how many), a yes/no
// ("…할 수 있어?", "can I …?"), guidance (언제, 어떤 경우, which is better), or one aspect (단점 vs
// 장점). The composer uses it to pick the unit that answers, never the opposite aspect.
import { normalize } from '../search/normalize.js';

export interface QuestionKind {
  value: boolean;
  /** It asks how many (몇 대, 몇 개, how many): a count, not any number. */
  count: boolean;
  yesNo: boolean;
  guidance: boolean;
  /** The aspect asked for, when one is. */
  aspect?: 'pros' | 'cons';
  /** The question itself is about a dev/test/staging environment. */
  dev: boolean;
}

const VALUE =
  /몇|얼마|기본\s*값|디폴트|며칠|몇일|설정\s*값|(?:어디|뭐)로\s*(?:잡혀|되어|돼|설정|해)|\bdefault\b|how (?:many|much|long|often|big|large)|what (?:is|'s) the (?:value|limit|size|number|threshold)|\bset to\b|\bvalue\b|threshold|임계/;
const COUNT = /몇\s*(?:대|개|명|번|가지|군데|곳|台)|how many|개수|갯수|number of/;
/** A label that counts something (브로커 개수, 파티션 수, Workers count). */
export const COUNT_LABEL = /개수|갯수|대수|(?:^|\s)수$|\bcount\b|\bnumber\b/i;
const WH = /뭐|무엇|무슨|어떻게|어떤|어디|언제|왜|몇|얼마|누가|누구|\b(?:what|how|which|why|when|where|who)\b/;
const YES_NO_KO =
  /(?:돼|되나요|되나|될까|될까요|되죠|돼요|되요|되는\s*거야|가능해|가능한가요|가능|괜찮아|괜찮나요|수\s*있어|수\s*있나요|수\s*있을까|해도|도\s*돼|맞아|맞나요|필요해|필요한가요|필요하나요|있어|있나요|없어|없나요|해야\s*해|해야\s*돼|하나요|하냐|인가요|야|니|냐)\s*[?？]*$/;
const YES_NO_EN = /^(?:can|could|should|is|are|does|do|will|must|may|would)\b/;
const GUIDANCE =
  /언제|어떤\s*(?:경우|상황|때)|어느\s*(?:경우|상황)|상황이면|경우에|나은|나아|낫|더\s*좋|\bbetter\b|\bprefer|\bwhen\b|추천|권장|\bshould\b|\brecommend|써야|골라야|선택해야|뭘\s*써|뭐\s*써|뭐로\s*(?:해|써|잡|맞춰|두)|어떤\s*(?:걸|거|것)\s*(?:써|골라)|어떻게\s*(?:잡|맞춰|두|설정)/;
const CONS = /단점|약점|안\s*좋은|나쁜\s*점|문제점|한계|\bcons\b|disadvantage|drawback|downside|weakness/;
const PROS = /장점|이점|좋은\s*점|뭐가\s*좋|\bpros\b|advantage|benefit|upside|strength/;
const DEV = /개발|스테이징|테스트|\bdev\b|development|\btest|staging/;

export function questionKind(question: string): QuestionKind {
  const q = normalize(question).trim();
  const cons = CONS.test(q);
  const pros = !cons && PROS.test(q);
  return {
    value: VALUE.test(q),
    count: COUNT.test(q),
    yesNo: !WH.test(q) && (YES_NO_KO.test(q) || YES_NO_EN.test(q)),
    guidance: GUIDANCE.test(q),
    aspect: cons ? 'cons' : pros ? 'pros' : undefined,
    dev: DEV.test(q),
  };
}

/** A section about a dev/test/staging environment only (개발용 클러스터, staging). */
export const isDevOnly = (text: string) => DEV.test(normalize(text)) && !/운영|상용|프로덕션|\bprod/.test(normalize(text));
/** A section or line that says what to do (추천한다, 권장, …가 나은 경우, should). */
export const RECOMMENDS = /추천|권장|권고|나은|낫다|낫습|적합|표준|기본으로|최고의 선택|recommend|prefer|should\b|best\b/i;
/** Guidance sections: "…가 나은 경우", "언제 …", "when to …". */
export const GUIDES = /경우|언제|나은|나아|\bwhen\b|better|권장|추천/i;
