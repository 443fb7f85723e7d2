// The gap report: unanswered questions grouped by similar wording with counts and dates, 👎 by
// section (comparison refs too), most-missed quiz items; and `/kafka gaps` is admin-only.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { gapsReport } from '../../src/report/gaps.js';
import { MemoryStore } from '../../src/store/memory.js';
import { createAssistant } from '../../src/assistant/assistant.js';
import type { Knowledge } from '../../src/knowledge/types.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 3, 9, 0);
let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});

async function filledStore(): Promise<MemoryStore> {
  const store = new MemoryStore({ now: () => T0 });
  await store.init();
  const ask = (question: string, at: number) => store.recordUnanswered({ userId: 'slack:T1:U1', platform: 'slack', question, at });
  await ask('카프카 스키마 레지스트리 설정 방법', T0);
  await ask('스키마 레지스트리 설정 방법은?', T0 + DAY);
  await ask('스키마 레지스트리 설정', T0 + 2 * DAY);
  await ask('주키퍼 앙상블 크기', T0 + DAY);
  const [a, b] = knowledge.chunks;
  const vote = (ref: string, vote: 'up' | 'down', at: number) =>
    store.recordFeedback({ userId: 'teams:29:a', platform: 'teams', question: 'RAID 뭐가 좋아?', ref, vote, at });
  await vote(a!.id, 'down', T0);
  await vote(a!.id, 'down', T0 + DAY);
  await vote(a!.id, 'up', T0 + DAY);
  await vote(`${a!.id}|${b!.id}`, 'down', T0 + 3 * DAY);
  const items = knowledge.quizItems.slice(0, 2).map((q) => q.id);
  await store.createSession({
    id: 's1',
    userId: 'u1',
    itemIds: items,
    current: 0,
    mode: 'quiz',
    startedAt: T0,
    updatedAt: T0,
    answers: [],
  });
  await store.recordAnswer({ sessionId: 's1', userId: 'u1', index: 0, itemId: items[0]!, choice: 'O', correct: false, at: T0 + DAY });
  await store.recordAnswer({ sessionId: 's1', userId: 'u1', index: 1, itemId: items[1]!, choice: 'O', correct: true, at: T0 + DAY });
  await store.createSession({
    id: 's2',
    userId: 'u2',
    itemIds: items,
    current: 0,
    mode: 'quiz',
    startedAt: T0,
    updatedAt: T0,
    answers: [],
  });
  await store.recordAnswer({ sessionId: 's2', userId: 'u2', index: 0, itemId: items[0]!, choice: 'X', correct: false, at: T0 + 2 * DAY });
  return store;
}

describe('gapsReport', () => {
  it('prints grouped unanswered questions, 👎 by section and most-missed quiz items with counts and dates', async () => {
    const report = await gapsReport(await filledStore(), knowledge, T0 + 4 * DAY);
    expect(report).toContain('# Kafka Bot gap report');
    expect(report).toMatch(/could not answer \(4, 2 groups\)/);
    expect(report).toMatch(/\*\*3×\*\* "카프카 스키마 레지스트리 설정 방법".*\(2025-03-03 – 2025-03-05\)/);
    expect(report).toMatch(/\*\*1×\*\* "주키퍼 앙상블 크기" \(2025-03-04\)/);
    const [a] = knowledge.chunks;
    expect(report).toContain(`**2×** ${a!.breadcrumb.join(' › ')} (${a!.file}:${a!.startLine})`);
    expect(report).toMatch(/most 👎 \(3 votes\)/);
    expect(report).toMatch(/\*\*1×\*\* .* vs .*\(last 2025-03-06\)/);
    const item = knowledge.quizItems[0]!;
    expect(report).toContain(`**2× missed** \`${item.id}\` "${item.statement}"`);
    expect(report).toContain('(last 2025-03-05)');
    expect(report).not.toContain(knowledge.quizItems[1]!.id);
  });

  it('says none recorded for an empty store', async () => {
    const report = await gapsReport(new MemoryStore(), knowledge, T0);
    // Unanswered questions, 👎 sections, missed items and expert answers.
    expect(report.match(/- none recorded/g)).toHaveLength(4);
  });
});

describe('/kafka gaps', () => {
  it('is admin-only: others get a private notice, admins the report', async () => {
    const store = await filledStore();
    const assistant = createAssistant({ knowledge: { current: knowledge }, store, adminUserIds: ['U_ADMIN', '29:admin'] });
    const denied = await assistant.handle({ platform: 'slack', userId: 'slack:T1:U2', rawUserId: 'U2', text: 'gaps', command: 'kafka' });
    expect(denied.private).toBe(true);
    expect(denied.text).toContain('admin-only');
    expect(denied.text).not.toContain('gap report');
    const slack = await assistant.handle({
      platform: 'slack',
      userId: 'slack:T1:U_ADMIN',
      rawUserId: 'U_ADMIN',
      text: 'gaps',
      command: 'kafka',
    });
    expect(slack.text).toContain('Kafka Bot gap report');
    expect(slack.text).toContain('스키마 레지스트리');
    const teams = await assistant.handle({
      platform: 'teams',
      userId: 'teams:29:admin',
      rawUserId: '29:admin',
      text: 'gaps',
      command: 'kafka',
    });
    expect(teams.text).toContain('Kafka Bot gap report');
  });
});
