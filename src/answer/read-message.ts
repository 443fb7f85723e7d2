// A chat message -> what it asks. People write to a channel, not to a search box: a mention, a
// greeting, who they are, an apology, emoji, two sentences of setting, then the question. This finds
// the asking sentence(s); the rest lends subject words as context. Nothing here knows any note.

/** What a message asks, read the way a person reads it. */
export interface ReadMessage {
  /** The asking sentence(s), without chat decoration; the whole cleaned message when none asks. */
  question: string;
  /** The other sentences (setting, earlier talk), whose subject words may lend context. */
  context: string;
  /** True when the message was chat only (a greeting, thanks): nothing is asked. */
  chatOnly: boolean;
}

// Slack's `<@U…>`, `<!here>`, `<#C…|name>`, Teams' `<at>…</at>`, and links (`<https://…|label>` keeps its label).
const MARKUP: Array<[RegExp, string]> = [
  [/<at>[^<]{0,200}<\/at>/gi, ' '],
  [/<[@!][^>\s]{1,120}>/g, ' '],
  [/<#[A-Z0-9]+(?:\|[^>]{0,80})?>/g, ' '],
  [/<(?:https?|mailto):[^|>\s]{1,2000}\|([^>]{1,200})>/g, ' $1 '],
  [/<(?:https?|mailto):[^>\s]{1,2000}>/g, ' '],
  [/\bhttps?:\/\/\S+/g, ' '],
  [/(^|\s)@[\w.-]{1,60}/g, '$1 '],
];
/** Emoji (with modifiers and joiners), `:shortcodes:`, and emoticons that carry no words. */
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3)+/gu;
const SHORTCODE = /:[a-z0-9_+-]{2,40}:/gi;
const EMOTICON = /(?:^|\s)(?:\^\^+|\^_\^|[;]{2,}|T[_.]T|ㅠ_ㅠ|:-?[)(DPp]|xD|lol|lmao|haha+|hehe+)(?=\s|$|[.!?])/gi;
/** Jamo-only laughter and tears: ㅎㅎ, ㅋㅋㅋ, ㅠㅠ, ㅜㅜ, ㄷㄷ, ㅇㅇ. */
const JAMO_RUN = /[ㄱ-ㅎㅏ-ㅣ]{2,}|(?<=\s|^)[ㅎㅋㅠㅜ](?=\s|$)/g;

// Whole phrases that set the scene and ask nothing. Matched at a phrase boundary, removed wherever they stand.
const NOISE_KO = [
  '안녕하(?:세요|십니까)',
  '안녕',
  '좋은\\s*(?:아침|오후|저녁)(?:\\s*(?:입니다|이에요|예요|이요))?',
  '수고\\s*(?:하십니다|하세요|많으십니다|많으세요|많습니다|하셨습니다)',
  '반갑습니다',
  '(?:팀원|선배|멘토)?\\s*(?:여러분|님들)',
  '(?:미리\\s*)?(?:감사|고맙)(?:합니다|해요|드립니다|드려요|습니다)',
  '땡큐',
  '(?:정말\\s*)?죄송(?:합니다|해요|한데요?|하지만)',
  '실례(?:지만|합니다)',
  '바쁘신(?:데|\\s*와중에)',
  '바쁘실\\s*텐데',
  '질문\\s*(?:하나|한\\s*가지|몇\\s*가지)(?:만)?\\s*(?:드릴게요|드려요|드려도\\s*될까요|할게요|해도\\s*될까요|있어요|있습니다|있는데요)',
  '질문(?:이|이\\s*하나)?\\s*(?:있습니다|있는데요|있어요|드립니다|드려요|있어서요)',
  '궁금한\\s*(?:게|것이|점이|게\\s*하나)\\s*(?:있는데요|있어요|있습니다|있어서요|생겼는데요|생겼어요)',
  '(?:제가\\s*)?(?:잘|아직\\s*잘)\\s*(?:몰라서|모르는데)(?:\\s*(?:그러는데요?|여쭤봅니다|질문드려요|여쭤요))?',
  '(?:초보|바보\\s*같은|기초적인|간단한|멍청한|사소한)\\s*질문(?:일\\s*수도\\s*있는데요?|이지만|인데요?|입니다|이에요|이라)?',
  '여쭤(?:볼게|볼\\s*게)\\s*있(?:어요|습니다|는데요)',
  '여쭤봐도\\s*될까요',
  '도와주세요',
  '부탁(?:드립니다|드려요|해요|합니다)',
  '혹시(?:나)?',
  '다름이\\s*아니라',
  '그런데요',
  '아\\s+그리고',
];
const NOISE_EN = [
  "(?:hi|hello|hey|heya|morning|good\\s+(?:morning|afternoon|evening))(?:\\s+(?:all|everyone|everybody|team|there|folks|guys|y'all))?",
  '(?:many\\s+)?thanks(?:\\s+(?:a\\s+lot|in\\s+advance|so\\s+much))?',
  'thank\\s+you(?:\\s+(?:so\\s+much|in\\s+advance))?',
  'tia',
  'sorry(?:\\s+(?:to\\s+bother(?:\\s+you)?|if\\s+this\\s+is\\s+a\\s+(?:dumb|stupid|silly|basic|newbie)\\s+question))?',
  'sorry\\s+for\\s+the\\s+(?:basic|dumb|newbie)\\s+question',
  '(?:quick|dumb|stupid|silly|basic|newbie|noob)\\s+question',
  'i\\s+was\\s+wondering(?:\\s+if)?',
  'just\\s+wondering',
  '(?:can|could)\\s+(?:someone|anyone|you|somebody)\\s+(?:please\\s+)?(?:tell\\s+me|explain|help(?:\\s+me)?(?:\\s+understand)?)',
  'any\\s+help\\s+(?:is|would\\s+be)\\s+appreciated',
  'please',
];
const NOISE = new RegExp(`(?<=^|[\\s,.!?~])(?:${[...NOISE_KO, ...NOISE_EN].join('|')})(?=$|[\\s,.!?~])`, 'gi');

/** "저는 플랫폼팀 김민수입니다", "이번에 새로 합류한 …인데요", "I'm Jane, I just joined the data team". */
const INTRO_KO =
  /^(?:저는|전|제\s*이름은|이번에|새로|오늘)(?=\s).*(?:입니다|이에요|예요|인데요|합니다|했습니다|했어요|됐습니다|되었습니다|라고\s*합니다)$/;
const INTRO_WORDS = /(?:팀|합류|입사|신입|새로|온보딩|주니어|인턴|이름|라고\s*합니다|처음)/;
const INTRO_EN =
  /^(?:i'?m|i\s+am|my\s+name\s+is|i\s+(?:just\s+)?joined|i'?m\s+new)\b.*(?:team|joined|new|here|engineer|developer|intern|onboarding)\b/i;

/** "아까 얘기 나온 RAID 말인데요", "위에서 말씀하신 linger.ms 관련해서": the earlier talk names the subject. */
const EARLIER =
  /(?:아까|앞에서|위에서|전에|지난번에?|방금)\s*(?:\S+\s*){0,2}?(?:얘기|이야기|말씀|언급)(?:가|이)?\s*(?:나온|하신|했던|한|되었던|된|드린)\s+(.+?)\s*(?:말인데요?|말이에요|관련(?:해서|해서요|인데요)?|건데요?|얘긴데요?|요)(?=$|[\s,.!?])/;
const EARLIER_EN =
  /\b(?:re|regarding|about|following\s+up\s+on)\s*:?\s+(?:the\s+)?(.+?)\s+(?:(?:you|someone|we)\s+)?(?:mentioned|discussed|talked\s+about)(?:\s+(?:earlier|above|before))?\b/i;

/** A conjunction left at the front once the hedge before it is gone ("…, but what's ISR?"). */
const LEADING_LINK = /^(?:but|so|and|also|then|근데|그런데|그럼|그래서|그리고)\s+/i;

/** A sentence that asks: a question mark, a question word, or a Korean asking ending. */
const ASKS_KO =
  /(?:뭐|뭔|무엇|무슨|어떻|어떤|어떡|얼마|몇|왜|어느|언제|누가|누구|어디|맞나|맞아|맞죠|되나|될까|돼\??$|되죠|나요|까요|가요|니까|을까|ㄹ까|는지|은지|인지|던가|냐|니\??$|죠\??$|지요|래요|해\??$|어\??$|아\??$|알려|설명해|궁금|가르쳐|추천|recommend|\?)/;
const ASKS_EN = /^(?:what|how|which|why|when|where|who|should|can|could|would|is|are|do|does|did|will|any)\b|\?$/i;

/** Split on sentence ends, line breaks and Korean polite endings that close a sentence ("…입니다 RAID …"). */
const SENTENCE = /(?<=[.!?。？！~…])\s+|\n+|(?<=(?:습니다|입니다|합니다|어요|아요|에요|예요|세요|네요|데요|군요)[.!~]*)\s+/;

function clean(text: string): string {
  let out = text;
  for (const [pattern, by] of MARKUP) out = out.replace(pattern, by);
  return out.replace(EMOJI, ' ').replace(SHORTCODE, ' ').replace(EMOTICON, ' ').replace(JAMO_RUN, ' ');
}

/** A sentence without its noise phrases; empty when it was only noise. */
function denoise(sentence: string): string {
  const stripped = sentence.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  const bare = stripped.replace(/^[\s,.!?~:;-]+|[\s,.;:~-]+$/g, '').replace(LEADING_LINK, '');
  if (!/[\p{L}\p{N}]/u.test(bare)) return '';
  if ((INTRO_KO.test(bare) && INTRO_WORDS.test(bare)) || INTRO_EN.test(bare)) return '';
  return bare;
}

const asks = (s: string) => ASKS_EN.test(s) || ASKS_KO.test(s);

/** Read a chat message: its question, its context, or that it asks nothing. */
export function readMessage(text: string): ReadMessage {
  const cleaned = clean(text);
  let topic: string | undefined;
  const earlier = EARLIER.exec(cleaned) ?? EARLIER_EN.exec(cleaned);
  let body = cleaned;
  if (earlier?.[1]) {
    topic = earlier[1].trim();
    body = cleaned.slice(0, earlier.index) + ' ' + cleaned.slice(earlier.index + earlier[0].length);
  }
  const sentences = body.split(SENTENCE).map(denoise).filter(Boolean);
  const asking = sentences.filter(asks);
  const rest = sentences.filter((s) => !asks(s));
  let question = (asking.length > 0 ? asking : sentences).join(' ');
  const context = asking.length > 0 ? rest.join(' ') : '';
  // The earlier talk's subject leads the question unless the question already names it.
  if (topic && !question.toLowerCase().includes(topic.toLowerCase())) question = `${topic} ${question}`.trim();
  return { question: question.replace(/\s+/g, ' ').trim(), context, chatOnly: !question.trim() };
}
