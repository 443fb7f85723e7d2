// Block Kit limits hold by construction: the longest answers, the largest comparison, many sources
// and buttons all render within 50 blocks, 3000-char sections, 10 fields, 75-char button text.
import { describe, expect, it } from 'vitest';
import { homeBlocks } from '../../../adapters/slack/home.js';
import { LIMITS } from '../../../adapters/slack/limits.js';
import { renderReply } from '../../../adapters/slack/render.js';
import { decodeAction } from '../../../adapters/slack/action-value.js';
import { finishReply, type Action, type Reply, type Source } from '../../../src/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Block Kit JSON, read as such
type AnyBlock = Record<string, any>;

/** Every Block Kit limit the renderer promises, checked on one message. */
function expectWithinLimits(message: { text: string; blocks: unknown[] }, maxBlocks: number = LIMITS.blocks): void {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(maxBlocks);
  const actionIds = new Set<string>();
  for (const block of message.blocks as AnyBlock[]) {
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    }
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
    if (block.type === 'context_actions') {
      for (const e of block.elements) {
        for (const b of [e.positive_button, e.negative_button]) {
          expect(b.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
          expect(decodeAction(b.value)).toBeDefined();
        }
      }
    }
    const buttons = block.type === 'actions' ? block.elements : block.accessory ? [block.accessory] : [];
    if (block.type === 'actions') expect(block.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
    {
      for (const b of buttons) {
        expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect(b.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(b.action_id.length).toBeLessThanOrEqual(LIMITS.actionId);
        expect(actionIds.has(b.action_id)).toBe(false);
        actionIds.add(b.action_id);
        expect(decodeAction(b.value)).toBeDefined();
      }
    }
  }
}

const source = (i: number): Source => ({
  title: `절 ${i}`,
  file: 'knowledge/kafka-cluster-operations.md',
  line: i,
  endLine: i + 3,
  breadcrumb: ['Kafka 클러스터 운영', '디스크 '.repeat(60), `절 ${i} ${'긴 제목 '.repeat(40)}`],
});
const longLine = '브로커 디스크는 RAID 10으로 구성하고 로그 세그먼트는 **보존 기간**에 맞춰 지워요. ';

describe('renderReply limits', () => {
  it('renders the longest answer within the limits', () => {
    const body =
      Array.from({ length: 1500 }, (_, i) => (i % 7 === 0 ? `- ${longLine.repeat(3)}` : longLine.repeat((i % 5) + 1))).join('\n') +
      'x'.repeat(9000);
    const questions = Array.from({ length: 40 }, (_, i) => `${'아주 긴 후속 질문 '.repeat(20)} ${i}`);
    const actions: Action[] = [
      ...questions.map((q) => ({ type: 'ask' as const, label: q, question: q.repeat(30) })),
      { type: 'feedback', label: '👍', vote: 'up', question: 'q'.repeat(5000), ref: 'knowledge/x.md#L1' },
      { type: 'feedback', label: '👎', vote: 'down', question: 'q'.repeat(5000), ref: 'knowledge/x.md#L1' },
    ];
    const reply = finishReply({
      kind: 'answer',
      title: '제목 '.repeat(100),
      body,
      notice: '질문을 300자로 잘랐어요. '.repeat(300),
      sources: Array.from({ length: 15 }, (_, i) => source(i + 1)),
      actions,
    });
    const message = renderReply(reply, { share: 's'.repeat(5000) });
    expectWithinLimits(message);
    const blocks = message.blocks as AnyBlock[];
    expect(blocks.some((b) => b.type === 'context' && JSON.stringify(b).includes('일부만'))).toBe(true);
    // 👍/👎 last, as Slack's own feedback buttons; Share stays.
    expect(blocks.at(-1)?.type).toBe('context_actions');
    expect(JSON.stringify(blocks)).toContain('Share in channel');
  });

  it('renders the largest comparison side by side within the limits', () => {
    const columns = Array.from({ length: 14 }, (_, i) => `RAID ${i} ${'열 '.repeat(30)}`);
    const rows = Array.from({ length: 80 }, (_, r) => ({
      aspect: `측면 ${r} ${'가'.repeat(4000)}`,
      cells: columns.map(() => longLine.repeat(40)),
    }));
    const reply = finishReply({
      kind: 'comparison',
      title: 'RAID 1 vs RAID 5',
      body: '',
      comparison: { columns, rows },
      sources: [source(1)],
      actions: [],
    });
    const message = renderReply(reply);
    expectWithinLimits(message);
    const fields = (message.blocks as AnyBlock[]).filter((b) => b.fields);
    expect(fields.length).toBeGreaterThan(10);
    expect(fields[0]?.fields).toHaveLength(LIMITS.fields);
  });

  it('renders a two-column comparison as section fields in column order', () => {
    const reply = finishReply({
      kind: 'comparison',
      title: 'RAID 1 vs RAID 5',
      body: '',
      sources: [],
      actions: [],
      comparison: { columns: ['RAID 1', 'RAID 5'], rows: [{ aspect: '장점', cells: ['미러링', ''] }] },
    });
    // The column names once, then each aspect with one field per side (no name repeated per row).
    const [, names, , row] = renderReply(reply).blocks as AnyBlock[];
    expect(names?.fields.map((f: AnyBlock) => f.text)).toEqual(['*RAID 1*', '*RAID 5*']);
    expect(row?.text.text).toBe('*장점*');
    expect(row?.fields.map((f: AnyBlock) => f.text)).toEqual(['미러링', '-']);
  });

  it('renders markdown-lite as mrkdwn with breadcrumb and source in a context line', () => {
    const reply: Reply = finishReply({ kind: 'answer', title: 'RAID 10', body: '**굵게**\n- 항목', sources: [source(187)], actions: [] });
    const blocks = renderReply(reply).blocks as AnyBlock[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'RAID 10' } });
    expect(blocks[1]?.text.text).toBe('*굵게*\n• 항목');
    expect(blocks[2]?.type).toBe('context');
    expect(blocks[2]?.elements[0].text).toContain('kafka-cluster-operations.md:187');
    expect(blocks[2]?.elements[0].text).not.toContain('knowledge/');
  });

  it('keeps the App Home within 100 blocks even when the core says a lot', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      label: longLine.repeat(20),
      progress: { done: i % 10, total: 10 },
      ...(i % 2 === 0 && { action: { type: 'ask' as const, label: '읽기', question: `q${i}`, ref: `r${i}` } }),
    }));
    const long = finishReply({
      kind: 'notice',
      title: '학습 경로',
      body: Array.from({ length: 300 }, () => longLine.repeat(20)).join('\n\n'),
      facts: Array.from({ length: 30 }, (_, i) => ({ label: `항목 ${i}`, value: longLine.repeat(30) })),
      lists: [{ heading: '단계', rows }, { rows }],
      sources: [],
      actions: [{ type: 'quiz_command', label: '이 단계 퀴즈', command: '5 raid' }],
    });
    const blocks = homeBlocks(
      Array.from({ length: 40 }, (_, i) => `주제 ${i}`),
      long,
      long,
    );
    expectWithinLimits({ text: 'home', blocks }, LIMITS.homeBlocks);
    expect(JSON.stringify(blocks)).toContain('/kafka-quiz');
    expect(JSON.stringify(homeBlocks([], undefined))).toContain('불러오지 못했어요');
  });
});

describe('source lines', () => {
  it('at most two, no file:line twice, linked when the notes have a URL (Slack and Teams alike)', async () => {
    const { renderReply: teamsReply } = await import('../../../adapters/teams/render.js');
    const at = (line: number, url?: string): Source => ({ ...source(line), breadcrumb: ['운영', `절 ${line}`], ...(url && { url }) });
    const reply = finishReply({
      kind: 'answer',
      title: '절 1',
      body: '본문',
      sources: [at(1, 'https://notes.example/kafka-cluster-operations.md#L1'), at(1), at(2), at(3)],
      actions: [],
    });
    const slack = JSON.stringify(renderReply(reply).blocks);
    expect(slack.match(/📄/g)).toHaveLength(2);
    expect(slack).toContain('<https://notes.example/kafka-cluster-operations.md#L1|kafka-cluster-operations.md:1>');
    const teams = JSON.stringify(teamsReply(reply).attachments[0]?.content.body);
    expect(teams.match(/📄/g)).toHaveLength(2);
    expect(teams).toContain('[kafka-cluster-operations.md:1](https://notes.example/kafka-cluster-operations.md#L1)');
  });
});
