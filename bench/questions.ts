// The questions every engine answers in `npm run bench`: 300 generated ones (bench/corpus.ts) for
// generated corpora; for knowledge/ its everyday questions plus the dev set's (test/fixtures/dev),
// cycled to 300. Latencies are timed over distinct questions only (the bot caches replies), after
// 100 warm-up questions of their own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateQuestions } from './corpus.js';

const BUNDLED = [
  '브로커 메모리 얼마나?',
  'RAID10 vs RAID5',
  'Confluent Platform vs Cloud',
  'What disk setup should Kafka brokers use?',
  'ext4 장점',
  'XFS는 누가 만들었어?',
  'IaaS 단점',
  'PaaS랑 SaaS 차이',
  '주말 날씨 어때?',
  'AWS MSK는 어떤 서비스야?',
  'RAID란?',
  '운영 환경 브로커 개수',
];
const DEV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/dev/questions.jsonl');

export const BATCH = 300;

/** Questions answered before latencies are measured (generated, from another seed than the batch). */
export function warmUpQuestions(): string[] {
  return generateQuestions(100, 99);
}

export function benchQuestions(which: string): string[] {
  if (which !== 'bundled') return generateQuestions(BATCH);
  const dev = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  const all = [...BUNDLED, ...dev];
  return Array.from({ length: BATCH }, (_, i) => all[i % all.length]!);
}
