// Path progress from answers: the sections an answer cites are written as opened, a section shown
// again within the hour is not written again (its time moves on after that), and a failed write is
// tried again next time rather than remembered as done. Without paths.yml, `/kafka path` names where
// it goes in the folder actually read.
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import { Onboarding } from '../../src/onboarding/service.js';
import type { Reply } from '../../src/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { bundled, tempKnowledge } from '../helpers/knowledge.js';

const HOUR = 3_600_000;
const USER = 'slack:T1:U1';

function answerCiting(...crumbs: string[][]): Reply {
  return {
    kind: 'answer',
    text: '…',
    sources: crumbs.map((breadcrumb, i) => ({ title: breadcrumb.at(-1)!, file: 'knowledge/x.md', line: i + 1, breadcrumb })),
    actions: [],
  } as unknown as Reply;
}

describe('Onboarding.noteOpened', () => {
  it('writes each cited section once an hour, and retries a write that failed', async () => {
    const store = new MemoryStore();
    const clock = { now: 1_000_000 };
    const onboarding = new Onboarding({ store, knowledge: { current: await bundled() }, now: () => clock.now });
    const writes: string[] = [];
    const put = store.putDoc.bind(store);
    let fail = false;
    store.putDoc = async (collection, key, value, options) => {
      if (fail) throw new Error('disk full');
      writes.push(`${key}@${value}`);
      return put(collection, key, value, options);
    };
    const raid = ['하드웨어', 'RAID'];
    const xfs = ['하드웨어', 'XFS'];
    await onboarding.noteOpened(USER, answerCiting(raid));
    clock.now += HOUR - 1;
    await onboarding.noteOpened(USER, answerCiting(raid, xfs));
    expect(writes).toEqual(['하드웨어 › RAID@1000000', `하드웨어 › XFS@${1_000_000 + HOUR - 1}`]);
    clock.now += 1;
    await onboarding.noteOpened(USER, answerCiting(raid));
    expect(writes.at(-1)).toBe(`하드웨어 › RAID@${1_000_000 + HOUR}`);
    // Another user's copy of the same section is their own.
    await onboarding.noteOpened('slack:T1:U2', answerCiting(raid));
    expect(writes).toHaveLength(4);
    fail = true;
    const db = ['저장소', 'DB'];
    await expect(onboarding.noteOpened(USER, answerCiting(db))).rejects.toThrow(/disk full/);
    fail = false;
    await onboarding.noteOpened(USER, answerCiting(db));
    expect(writes.at(-1)).toBe(`저장소 › DB@${1_000_000 + HOUR}`);
    expect((await store.listDocs(`opened:${USER}`)).map((d) => d.key).sort()).toEqual(['저장소 › DB', '하드웨어 › RAID', '하드웨어 › XFS']);
  });
});

describe('Onboarding.path without paths.yml', () => {
  it('says which folder the paths.yml belongs in, whatever the notes folder is called', async () => {
    const dir = await tempKnowledge({ 'ops.md': '# 운영\n\n## 로그 보관\n\n- 로그는 30일 보관한다.\n' });
    const renamed = path.join(path.dirname(dir), 'team-notes');
    await rename(dir, renamed);
    const onboarding = new Onboarding({ store: new MemoryStore(), knowledge: { current: await loadKnowledge(renamed) } });
    expect((await onboarding.path({ userId: USER })).text).toContain('team-notes/paths.yml 에 경로를 적어 주세요');
    expect((await onboarding.path({ userId: USER }, '안녕하세요')).text).toContain('(team-notes/paths.yml)');
  });
});
