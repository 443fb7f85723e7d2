import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/assistant/intent.js';

describe('intent', () => {
  it.each([
    ['RAID 1 vs RAID 5', ['RAID 1', 'RAID 5']],
    ['PaaS랑 SaaS 차이', ['PaaS', 'SaaS']],
    ['ext4와 XFS 비교', ['ext4', 'XFS']],
    ['XFS, ext4 중 뭐가 나아?', ['XFS', 'ext4']],
    ['difference between XFS and ext4', ['XFS', 'ext4']],
    ['RAID 10 or RAID 5?', ['RAID 10', 'RAID 5']],
    ['Confluent Platform vs Cloud', ['Confluent Platform', 'Confluent Cloud']],
    ['컨플루언트 클라우드와 플랫폼의 차이점은?', ['컨플루언트 클라우드', '컨플루언트 플랫폼']],
  ])('%s is a comparison', (text, sides) => {
    expect(detectIntent(text)).toEqual({ type: 'compare', sides });
  });

  it('keeps particles out of comparisons unless a 차이/비교 tail says so', () => {
    expect(detectIntent('RAID와 디스크 설정').type).toBe('ask');
    expect(detectIntent('SSL 쓰면 CPU가 더 필요해?').type).toBe('ask');
  });

  it('routes quiz commands, help, gaps and empty input', () => {
    expect(detectIntent('/kafka-quiz 5 raid')).toEqual({ type: 'quiz', args: '5 raid' });
    expect(detectIntent('quiz')).toEqual({ type: 'quiz', args: '' });
    expect(detectIntent('review', 'kafka-quiz')).toEqual({ type: 'quiz', args: 'review' });
    expect(detectIntent('gaps')).toEqual({ type: 'gaps' });
    expect(detectIntent('안녕하세요!')).toEqual({ type: 'help' });
    expect(detectIntent(' ... ')).toEqual({ type: 'empty' });
  });
});
