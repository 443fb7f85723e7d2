import { describe, expect, it } from 'vitest';
import { minePairs } from '../../src/search/mined-pairs.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { tempKnowledge } from '../helpers/knowledge.js';

describe('"한국어 (English)" pairs mined from the notes', () => {
  it('finds pairs both ways round, acronyms and their spelled-out names', () => {
    expect(minePairs('온프레미스 (On-Premises) 환경')).toContainEqual(['온프레미스', 'On-Premises']);
    expect(minePairs('데이터 분산(Striping)')).toEqual(expect.arrayContaining([['데이터 분산', 'Striping']]));
    expect(minePairs('Vendor Lock-in (벤더 종속)')).toContainEqual(['Vendor Lock-in', '벤더 종속']);
    expect(minePairs('MSK(Managed Streaming for Apache Kafka)')).toContainEqual(['MSK', 'Managed Streaming for Apache Kafka']);
    expect(minePairs('Under-replicated partitions (URP)')).toContainEqual(['URP', 'Under-replicated partitions']);
  });

  it('leaves asides alone', () => {
    expect(minePairs('규정 준수(예: GDPR, HIPAA 등)')).toEqual([]);
    expect(minePairs('유효기간 (e.g. 365일)')).toEqual([]);
  });

  it('lets an English question find a Korean note with no glossary line', async () => {
    const dir = await tempKnowledge({
      'note.md': '## 운영 규칙\n\n### 저널링(Journaling)\n변경 사항을 로그에 먼저 기록한다.\n\n### 스냅샷\n주기적으로 남긴다.\n',
    });
    const k = await loadKnowledge(dir);
    const [top] = k.search.search('what is journaling');
    expect(top?.chunk.title).toBe('저널링(Journaling)');
  });
});
