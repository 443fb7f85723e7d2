// Planning a question: which words are its subject, which are chat or verb forms, and what an
// unknown word may mean. Planned against a small fixture note, never the bundled one.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { isKnown } from '../../src/search/coverage.js';
import { tempKnowledge } from '../helpers/knowledge.js';

const NOTE = `# 브로커 운영
## 메모리
- 힙 메모리: 6GB 로 설정한다.
## 인증
- ACL 신청 절차: Jira 티켓을 만든다.
## 주키퍼
- ZooKeeper 모드의 Authorizer 는 쓰지 않는다.
`;

let k: Knowledge;
beforeAll(async () => {
  k = await loadKnowledge(await tempKnowledge({ 'ops.md': NOTE }));
});
const plan = (q: string) => k.search.plan(q);
const concept = (q: string, surface: string) => plan(q).find((c) => c.surface === surface)!;
const idf = (t: string) => k.search.idf(t);

describe('planning a question', () => {
  it('reads a particle off a short noun the notes have (힙은 -> 힙)', () => {
    expect(isKnown(concept('브로커 힙은 얼마야?', '힙은'), idf)).toBe(true);
  });

  it('workplace chat nouns are chat, never the subject (신입, 문서, 인프라팀)', () => {
    expect(concept('신입인데 힙 메모리 문서 있어요?', '문서').role).toBe('chat');
    expect(concept('인프라팀에 물어봤는데 힙 메모리 얼마예요?', '인프라팀에').role).toBe('chat');
  });

  it('an unknown word in a verb form is a predicate (알려주실, 줄어드는, 맡은)', () => {
    for (const [q, w] of [
      ['힙 크기 알려주실 분?', '알려주실'],
      ['메모리가 줄어드는 이유', '줄어드는'],
      ['주키퍼 맡은 사람', '맡은'],
    ] as const)
      expect(concept(q, w).role, w).toBe('predicate');
  });

  it('an unknown Korean word weighs less (weak) unless it names which thing in a noun phrase', () => {
    expect(concept('힙 메모리 포맷해 두면 돼?', '포맷해').weak).toBe(true);
    // 연차 신청: the notes know 신청 (of ACL), not this one.
    expect(concept('연차 신청은 어디서 해?', '연차').weak).toBeUndefined();
    expect(concept('주키퍼 앙상블은 몇 대?', '앙상블은').weak).toBeUndefined();
  });
});

describe('names', () => {
  it('a name as written (capitalized mid-question, cased inside, a config key) is a name; a section number or a dashed word is not', () => {
    expect(concept('Kafka Streams 윈도우 집계', 'streams')?.name).toBe(true);
    expect(concept('ksqlDB 쿼리 예시', 'ksqldb')?.name).toBe(true);
    expect(concept('max.poll.records 값', 'max.poll.records')?.name).toBe(true);
    expect(concept('3.2 절의 ACL 신청', '3.2')?.name).toBeUndefined();
    expect(concept('a brand-new ACL', 'brand-new')?.name).toBeUndefined();
  });
});
