// A deterministic generated corpus: N sections of Korean/English markdown in the shapes real
// exported notes have (headings, **label** lists, bullets, tables), for the 10k-section benchmark.

const KO = ['카프카', '브로커', '파티션', '복제', '리더', '팔로워', '컨슈머', '프로듀서', '오프셋', '토픽', '디스크', '메모리', '네트워크', '지연', '처리량', '모니터링', '보안', '인증', '압축', '보존', '스토리지', '클러스터', '장애', '복구', '설정', '운영', '성능', '확장성', '가용성', '배포'];
const EN = ['Kafka', 'broker', 'partition', 'replica', 'ISR', 'consumer', 'producer', 'offset', 'topic', 'latency', 'throughput', 'SSL', 'SASL', 'retention', 'compaction', 'ZooKeeper', 'KRaft', 'rack', 'quota', 'lag'];
const PARTICLES = ['은', '는', '이', '가', '을', '를', '의', '에서', '으로', '와'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히';

/** A Zipf-like vocabulary: a few domain words are very common, thousands of others are rare. */
function vocabulary(r: () => number): string[] {
  const words = [...KO, ...EN];
  for (let i = 0; i < 6000; i++) {
    const len = 2 + Math.floor(r() * 3);
    words.push(Array.from({ length: len }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));
  }
  for (let i = 0; i < 3000; i++) words.push(Array.from({ length: 4 + Math.floor(r() * 6) }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join(''));
  return words;
}

export function generateNotes(sections: number, perFile = 100, seed = 42): Array<{ file: string; text: string }> {
  const r = rng(seed);
  const vocab = vocabulary(r);
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length ** r()) - 1)]!;
  const pick = <T>(list: T[]) => (list === KO || list === EN ? (r() < 0.5 ? list[Math.floor(r() * list.length)]! : (zipf() as T)) : list[Math.floor(r() * list.length)]!);
  const sentence = () =>
    Array.from({ length: 6 + Math.floor(r() * 8) }, () => (r() < 0.3 ? pick(EN) : pick(KO) + pick(PARTICLES))).join(' ') + ' 설정 값은 ' + Math.floor(r() * 64) + 'GB 입니다.';
  const files: Array<{ file: string; text: string }> = [];
  for (let f = 0; f * perFile < sections; f++) {
    const lines: string[] = [`## ${pick(KO)} ${pick(EN)} 노트 ${f}`];
    for (let s = 0; s < perFile && f * perFile + s < sections; s++) {
      lines.push('', `### ${s + 1}. ${pick(EN)} ${pick(KO)} ${pick(KO)} ${f}-${s}`, '', sentence(), '');
      const shape = s % 3;
      if (shape === 0) lines.push('**장점**', '', `- ${sentence()}`, `- ${sentence()}`, '', '**단점**', '', `- ${sentence()}`);
      else if (shape === 1) lines.push(`- **${pick(EN)}:** ${sentence()}`, `- **${pick(KO)}:** ${sentence()}`);
      else lines.push(`| 항목 | ${pick(EN)} | ${pick(EN)} |`, '| --- | --- | --- |', `| ${pick(KO)} | ${pick(KO)} | ${pick(KO)} |`, `| ${pick(KO)} | ${pick(EN)} | ${pick(EN)} |`);
    }
    files.push({ file: `gen/note-${f}.md`, text: lines.join('\n') });
  }
  return files;
}

export function generateQuestions(count: number, seed = 7): string[] {
  const r = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!;
  return Array.from({ length: count }, (_, i) =>
    i % 4 === 0 ? `${pick(EN)} vs ${pick(EN)}` : i % 4 === 1 ? `${pick(KO)} ${pick(KO)} 장점` : i % 4 === 2 ? `what is ${pick(EN)} ${pick(EN)}?` : `${pick(KO)}${pick(PARTICLES)} ${pick(EN)} 설정 얼마나?`,
  );
}
