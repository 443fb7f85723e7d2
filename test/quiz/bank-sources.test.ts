// The real bank against the real notes: every authored item's section resolves to a section in
// the index, the bank is big and balanced enough, and the note's own O/X items are parsed.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { TOPIC_KEYS } from '../../src/quiz/topics.js';

describe('knowledge/quiz bank against knowledge/*.md', async () => {
  const knowledge = await loadKnowledge('knowledge');
  const authored = knowledge.quizItems.filter((i) => i.origin.file.startsWith('knowledge/quiz/'));
  const fromNotes = knowledge.quizItems.filter((i) => i.origin.file.endsWith('.md'));

  it('has at least 25 authored items, balanced between O and X', () => {
    expect(authored.length).toBeGreaterThanOrEqual(25);
    const o = authored.filter((i) => i.answer === 'O').length;
    expect(Math.abs(o - (authored.length - o))).toBeLessThanOrEqual(2);
  });

  it('resolves every authored section to a chunk of the index', () => {
    for (const item of authored) {
      // The section is a chunk's breadcrumb or a heading above it, or a chunk plus one of its labels.
      const crumbs = item.source.breadcrumb;
      const hit = knowledge.chunks.some((c) => {
        if (c.file !== item.source.file) return false;
        if (crumbs.every((seg, i) => c.breadcrumb[i] === seg)) return true;
        const labels = c.units.map((u) => u.label);
        return (
          crumbs.length === c.breadcrumb.length + 1 && c.breadcrumb.every((seg, i) => crumbs[i] === seg) && labels.includes(crumbs.at(-1))
        );
      });
      expect(hit, `${item.origin.file}:${item.origin.line} ${item.id}`).toBe(true);
    }
  });

  it('covers every topic', () => {
    for (const key of TOPIC_KEYS) {
      expect(knowledge.quizItems.filter((i) => i.topics.includes(key)).length, key).toBeGreaterThanOrEqual(3);
    }
  });

  it('parses the five O/X statements of the note, all X, each citing the section that supports it', () => {
    expect(fromNotes).toHaveLength(5);
    for (const item of fromNotes) {
      expect(item.answer).toBe('X');
      expect(item.statement).not.toContain('(O/X)');
      expect(item.explanation.length).toBeGreaterThan(0);
      expect(item.source.breadcrumb.at(-1)).not.toBe('정리');
      expect(item.explanation).not.toMatch(/근거/);
    }
    expect(fromNotes.map((i) => i.source.breadcrumb.at(-1))).toEqual([
      '컨플루언트 클라우드, 컨플루언트 플랫폼',
      '비용 측면 고려사항',
      '운영 및 관리 부담 감소 (인프라 관리의 효율화)',
      'AWS MSK',
      '그럼에도 SaaS형 카프카를 사용하는 것이 나은 경우?',
    ]);
  });
});
