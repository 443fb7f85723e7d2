import { describe, expect, it } from 'vitest';
import { questionKind } from '../../src/answer/question-kind.js';

describe('what a question asks for', () => {
  it('values, yes/no, guidance and the aspect asked', () => {
    expect(questionKind('브로커 메모리 몇 기가야?').value).toBe(true);
    expect(questionKind('What is the default value of linger.ms?').value).toBe(true);
    expect(questionKind('NAS 붙여도 돼?').yesNo).toBe(true);
    expect(questionKind('Can I use zstd?').yesNo).toBe(true);
    expect(questionKind('무엇을 확인해야 하나요?').yesNo).toBe(false);
    expect(questionKind('언제 SaaS가 나아?').guidance).toBe(true);
    expect(questionKind('파일시스템 뭐 써야 돼?').guidance).toBe(true);
    expect(questionKind('SaaS 안 좋은 점').aspect).toBe('cons');
    expect(questionKind('drawbacks of SaaS').aspect).toBe('cons');
    expect(questionKind('SCRAM 쓰면 뭐가 좋아?').aspect).toBe('pros');
    expect(questionKind('개발 클러스터 브로커 몇 대?').dev).toBe(true);
  });
});
