// Learning paths: knowledge/paths.yml over the bundled note, file:line errors, and progress from
// sections opened through the bot plus quiz mastery, shown by `/kafka path` with its buttons.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createAssistant } from '../../src/assistant/assistant.js';
import { MemoryStore } from '../../src/store/memory.js';
import { pathsOf, parsePaths } from '../../src/onboarding/paths.js';
import { createRuntime, loadConfig, isKafkaBotError, type Incoming, type Reply } from '../../src/index.js';
import { bundled, tempKnowledge } from '../helpers/knowledge.js';

const user: Incoming = { platform: 'slack', userId: 'slack:T1:U1', rawUserId: 'U1' };

describe('paths.yml', () => {
  it('ships a default path over the bundled note, in the order the issue names', async () => {
    const [path] = await pathsOf(await bundled());
    expect(path?.steps.map((s) => s.title)).toEqual([
      '카프카를 운영하는 방법',
      '브로커 하드웨어',
      'RAID',
      '파일시스템',
      'SaaS, 컨플루언트, MSK',
    ]);
    expect(path?.steps.map((s) => s.topic)).toEqual(['service-model', 'hardware', 'raid', 'filesystem', 'saas']);
    for (const step of path?.steps ?? [])
      for (const s of step.sections) expect(s.chunkId).toMatch(/^knowledge\/kafka-cluster-operations\.md#L/);
  });

  it('a section the notes do not have is an error naming file:line of that section', async () => {
    const k = await bundled();
    const text =
      '- id: p\n  title: T\n  steps:\n    - title: S\n      sections:\n        - RAID란?\n        - 없는 섹션\n      topic: raid\n';
    const error = (() => {
      try {
        parsePaths(text, 'knowledge/paths.yml', k);
      } catch (e) {
        return e;
      }
    })();
    expect(isKafkaBotError(error) && error.code).toBe('PATHS_INVALID');
    expect(String((error as Error).message)).toContain('knowledge/paths.yml:7:');
    expect(String((error as Error).message)).toContain('없는 섹션');
  });

  it('schema problems and unknown topics name file:line', async () => {
    const k = await bundled();
    expect(() => parsePaths('- id: p\n  title: T\n  steps: []\n', 'k/paths.yml', k)).toThrow(/k\/paths\.yml:1: .*at least one step/);
    expect(() =>
      parsePaths('- id: p\n  title: T\n  steps:\n    - title: S\n      sections: [RAID란?]\n      topic: nothing-here\n', 'k/paths.yml', k),
    ).toThrow(/k\/paths\.yml:6: topic 'nothing-here'/);
  });

  it('a broken paths.yml stops the start with PATHS_INVALID', async () => {
    const dir = await tempKnowledge(
      { 'paths.yml': '- id: p\n  title: T\n  steps:\n    - title: S\n      sections: [없는 섹션]\n      topic: raid\n' },
      true,
    );
    await expect(createRuntime(loadConfig({ KNOWLEDGE_DIR: dir }), { storeKind: 'memory' })).rejects.toThrow(
      /paths\.yml:5: section '없는 섹션'/,
    );
  });
});

describe('/kafka path', () => {
  async function setup() {
    const k = await loadKnowledge('knowledge');
    const store = new MemoryStore();
    const assistant = createAssistant({ knowledge: { current: k }, store, random: () => 0.5 });
    return { assistant, store };
  }
  const button = (reply: Reply, label: RegExp) => {
    const found = reply.actions.find((a) => label.test(a.label));
    if (!found) throw new Error(`no button ${String(label)} in ${reply.actions.map((a) => a.label).join(', ')}`);
    return found;
  };
  /** The current step's row for a section: pressing it reads the section. */
  const read = (reply: Reply, section: RegExp) => {
    const rows = reply.lists?.flatMap((l) => l.rows) ?? [];
    const found = rows.find((r) => section.test(r.label) && r.action)?.action;
    if (!found) throw new Error(`no row to read ${String(section)} in ${rows.map((r) => r.label).join(', ')}`);
    return found;
  };

  it('shows a bar per step, the current step with 읽기 and 이 단계 퀴즈; reading and mastering move it on', async () => {
    const { assistant } = await setup();
    const first = await assistant.handle({ ...user, command: 'kafka', text: 'path' });
    expect(first.title).toBe('학습 경로: 카프카 운영 입문');
    expect(first.text).toMatch(/▶ 1\. 카프카를 운영하는 방법 ░{10} 0\/2 섹션 · 퀴즈 0\/3/);
    expect(first.text).toContain('· 5. SaaS, 컨플루언트, MSK');
    // The current step's sections as a checklist: no list marker before the circle.
    expect(first.text).toMatch(/\n○ [^\n]*카프카 클러스터를 운영하는 방법\n/);
    expect(first.text).not.toMatch(/- [○✓]/);
    expect(button(first, /^이 단계 퀴즈$/)).toEqual({ type: 'quiz_command', label: '이 단계 퀴즈', command: '5 service-model' });

    // 읽기 answers the section itself, and counts as opened.
    const opened = await assistant.handle({ ...user, action: read(first, /카프카 클러스터를 운영하는 방법$/) });
    expect(opened.kind).toBe('answer');
    expect(opened.sources[0]?.breadcrumb.at(-1)).toBe('카프카 클러스터를 운영하는 방법');
    // A plain question whose answer cites the other section counts too.
    const asked = await assistant.handle({ ...user, action: read(first, /서비스 형태별/) });
    expect(asked.kind).toBe('answer');
    const after = await assistant.handle({ ...user, command: 'kafka', text: '경로' });
    expect(after.text).toMatch(/▶ 1\. 카프카를 운영하는 방법 █{5}░{5} 2\/2 섹션 · 퀴즈 0\/3/);
    expect(after.text).toMatch(/\n✓ [^\n]*카프카 클러스터를 운영하는 방법\n/);

    // The step quiz: answer every question right; mastering the topic finishes the step.
    let quiz = await assistant.handle({ ...user, action: button(after, /^이 단계 퀴즈$/) });
    while (quiz.quiz?.question) {
      const item = quiz.quiz.question;
      const knowledge = await bundled();
      const answer = knowledge.quizItems.find((i) => i.id === item.itemId)!.answer;
      quiz = await assistant.handle({
        ...user,
        action: { type: 'quiz_answer', label: answer, sessionId: quiz.quiz.sessionId, index: item.index, choice: answer },
      });
    }
    expect(quiz.quiz?.score).toEqual({ correct: 5, total: 5 });
    const done = await assistant.handle({ ...user, command: 'kafka', text: 'path' });
    expect(done.text).toMatch(/✅ 1\. 카프카를 운영하는 방법 █{10}/);
    expect(done.text).toMatch(/▶ 2\. 브로커 하드웨어/);
    expect(button(done, /^이 단계 퀴즈$/)).toMatchObject({ command: '5 hardware' });
  });

  it('progress is per user', async () => {
    const { assistant } = await setup();
    const first = await assistant.handle({ ...user, command: 'kafka', text: 'path' });
    await assistant.handle({ ...user, action: read(first, /카프카 클러스터를 운영하는 방법$/) });
    const other = await assistant.handle({ ...user, userId: 'slack:T1:U2', command: 'kafka', text: 'path' });
    expect(other.text).toContain('0/2 섹션');
  });
});
