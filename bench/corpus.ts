// A deterministic generated corpus: N sections of Korean/English markdown in the shapes real
// exported notes have (headings, **label** lists, bullets, tables). Like real notes, each note is
// about one topic: its words come mostly from that topic's vocabulary (Zipf-like), plus shared
// Kafka words and Korean particles. Questions are drawn the same way, from one topic each.
import { mulberry32 } from '../src/quiz/engine.js';

const KO = [
  '카프카',
  '브로커',
  '파티션',
  '복제',
  '리더',
  '팔로워',
  '컨슈머',
  '프로듀서',
  '오프셋',
  '토픽',
  '디스크',
  '메모리',
  '네트워크',
  '지연',
  '처리량',
  '모니터링',
  '보안',
  '인증',
  '압축',
  '보존',
  '스토리지',
  '클러스터',
  '장애',
  '복구',
  '설정',
  '운영',
  '성능',
  '확장성',
  '가용성',
  '배포',
];
const EN = [
  'Kafka',
  'broker',
  'partition',
  'replica',
  'ISR',
  'consumer',
  'producer',
  'offset',
  'topic',
  'latency',
  'throughput',
  'SSL',
  'SASL',
  'retention',
  'compaction',
  'ZooKeeper',
  'KRaft',
  'rack',
  'quota',
  'lag',
];
const PARTICLES = ['은', '는', '이', '가', '을', '를', '의', '에서', '으로', '와'];
const SYLLABLES =
  '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히';
const TOPICS = 200;

const rng = mulberry32;

/** Topic vocabularies: 120 Korean and 60 Latin pseudo-words each, the same for every run. */
function topics(): string[][] {
  const r = rng(1234);
  return Array.from({ length: TOPICS }, () => [
    ...Array.from({ length: 120 }, () =>
      Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''),
    ),
    ...Array.from({ length: 60 }, () =>
      Array.from({ length: 4 + Math.floor(r() * 6) }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join(''),
    ),
  ]);
}

function wordsOf(r: () => number, vocab: string[]) {
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!;
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length ** r()) - 1)]!;
  const word = () => {
    const x = r();
    return x < 0.15 ? pick(KO) + pick(PARTICLES) : x < 0.25 ? pick(EN) : x < 0.85 ? zipf() + (r() < 0.5 ? pick(PARTICLES) : '') : zipf();
  };
  return { pick, zipf, word };
}

export function generateNotes(sections: number, perFile = 100, seed = 42): Array<{ file: string; text: string }> {
  const r = rng(seed);
  const vocabs = topics();
  const files: Array<{ file: string; text: string }> = [];
  for (let f = 0; f * perFile < sections; f++) {
    const { pick, zipf, word } = wordsOf(r, vocabs[f % TOPICS]!);
    const sentence = () => `${Array.from({ length: 6 + Math.floor(r() * 8) }, word).join(' ')} ${zipf()} ${Math.floor(r() * 64)}GB.`;
    const lines: string[] = [`## ${zipf()} ${pick(EN)} 노트 ${f}`];
    for (let s = 0; s < perFile && f * perFile + s < sections; s++) {
      lines.push('', `### ${s + 1}. ${zipf()} ${zipf()} ${pick(KO)}`, '', sentence(), '');
      const shape = s % 3;
      if (shape === 0) lines.push('**장점**', '', `- ${sentence()}`, `- ${sentence()}`, '', '**단점**', '', `- ${sentence()}`);
      else if (shape === 1) lines.push(`- **${zipf()}:** ${sentence()}`, `- **${zipf()}:** ${sentence()}`);
      else
        lines.push(
          `| 항목 | ${zipf()} | ${zipf()} |`,
          '| --- | --- | --- |',
          `| ${zipf()} | ${zipf()} | ${zipf()} |`,
          `| ${pick(KO)} | ${zipf()} | ${pick(EN)} |`,
        );
    }
    files.push({ file: `gen/note-${f}.md`, text: lines.join('\n') });
  }
  return files;
}

/** Questions in four shapes (lookup, aspect, English, comparison), each about one topic. */
export function generateQuestions(count: number, seed = 7): string[] {
  const r = rng(seed);
  const vocabs = topics();
  return Array.from({ length: count }, (_, i) => {
    const { pick, zipf } = wordsOf(r, vocabs[Math.floor(r() * TOPICS)]!);
    switch (i % 4) {
      case 0:
        return `${zipf()} vs ${zipf()}`;
      case 1:
        return `${zipf()} ${pick(KO)} 장점`;
      case 2:
        return `what is ${zipf()} ${pick(EN)}?`;
      default:
        return `${zipf()}${pick(PARTICLES)} ${pick(KO)} 설정 얼마나?`;
    }
  });
}
