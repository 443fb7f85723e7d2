import { describe, expect, it } from 'vitest';
import { KafkaBotError } from '../../src/model/errors.js';
import { buildQuizBank, resolveSection } from '../../src/quiz/bank.js';
import { chunk, item } from './fixtures.js';

const chunks = [
  chunk(['카프카 클러스터', '운영 방법에 따른 서비스 형태', 'IaaS (Infrastructure as a Service)', '장점'], 53),
  chunk(['카프카 클러스터', '운영 방법에 따른 서비스 형태', 'IaaS (Infrastructure as a Service)', '단점'], 59),
  chunk(['카프카 클러스터', '오픈 소스 카프카를 직접 설치하여 운영하는 경우'], 146, {
    units: [{ text: '메모리: 32GB 머신에 힙 6GB', line: 152, label: '메모리', depth: 0, bullet: true }],
  }),
  chunk(['카프카 클러스터', 'RAID 란?', '대표적인 RAID 레벨 간단 요약', 'RAID 5 (Striping with Parity)'], 182),
  chunk(['카프카 클러스터', 'XFS , ext4 란?', 'XFS 파일시스템', '설명'], 220),
  chunk(['SaaS형 카프카', 'AWS MSK'], 280),
];

const good = `# comment
- id: iaas-cons
  statement: IaaS에서도 OS 관리는 사용자의 책임이다.
  answer: O
  explanation: 운영체제와 미들웨어 관리는 여전히 사용자의 책임이에요.
  section: IaaS (Infrastructure as a Service) › 단점

- id: raid5
  statement: RAID 5는 디스크 두 개가 고장 나도 안전하다.
  answer: x
  explanation: 두 개 이상 장애 시 위험해요.
  section: raid 5
  tags: [raid]
`;

async function bank(files: Record<string, string>, noteItems = [item('note-1', 'X')]) {
  return buildQuizBank(
    Object.entries(files).map(([name, text]) => [`knowledge/quiz/${name}`, text] as const),
    chunks,
    noteItems,
  );
}

async function failure(files: Record<string, string>): Promise<KafkaBotError> {
  const error = await bank(files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KafkaBotError);
  expect((error as KafkaBotError).code).toBe('QUIZ_INVALID');
  return error as KafkaBotError;
}

describe('loadQuizBank', () => {
  it('loads valid items, resolves sections and merges with note items', async () => {
    const items = await bank({ 'a.yml': good });
    expect(items.map((i) => i.id)).toEqual(['note-1', 'iaas-cons', 'raid5']);
    const [, iaas, raid] = items;
    expect(iaas).toMatchObject({
      answer: 'O',
      source: { file: 'knowledge/note.md', line: 59, breadcrumb: chunks[1]!.breadcrumb },
      topics: ['service-model'],
      origin: { file: 'knowledge/quiz/a.yml', line: 2 },
    });
    expect(raid).toMatchObject({ answer: 'X', source: { line: 182 }, topics: ['raid'], origin: { line: 8 } });
  });

  it('no quiz files means no authored items', async () => {
    expect(buildQuizBank([], chunks, [])).toEqual([]);
  });

  it('rejects a wrong answer value, naming file:line', async () => {
    const e = await failure({ 'bad.yml': good.replace('answer: x', 'answer: maybe') });
    expect(e.message).toContain('bad.yml:10');
    expect(e.location).toEqual({ file: 'knowledge/quiz/bad.yml', line: 10 });
  });

  it('rejects a missing field at the item line', async () => {
    const e = await failure({ 'bad.yml': good.replace('  explanation: 두 개 이상 장애 시 위험해요.\n', '') });
    expect(e.message).toMatch(/bad\.yml:8: .*explanation/);
  });

  it('rejects an unknown field', async () => {
    const e = await failure({ 'bad.yml': good.replace('  tags: [raid]', '  tag: [raid]') });
    expect(e.message).toMatch(/bad\.yml:8: .*tag/);
  });

  it('rejects a duplicate id across files and note items', async () => {
    const e1 = await failure({ 'a.yml': good, 'b.yml': good.split('\n- id: raid5')[0]! });
    expect(e1.message).toMatch(/b\.yml:2: .*iaas-cons.*a\.yml:2/);
    const e2 = await failure({ 'a.yml': good.replace('id: raid5', 'id: note-1') });
    expect(e2.message).toMatch(/a\.yml:8: .*note-1/);
  });

  it('rejects a section that is not in the notes', async () => {
    const e = await failure({ 'a.yml': good.replace('section: raid 5', 'section: RAID 6') });
    expect(e.message).toMatch(/a\.yml:12: .*RAID 6/);
  });

  it('rejects broken YAML and a file that is not a list', async () => {
    expect((await failure({ 'a.yml': '- id: [unclosed\n' })).message).toMatch(/a\.yml:\d+/);
    expect((await failure({ 'a.yml': 'just text\n' })).message).toMatch(/a\.yml:1/);
  });
});

describe('resolveSection', () => {
  it('matches the end of a breadcrumb, ignoring case, spaces and width', () => {
    expect(resolveSection('ＡＷＳ  msk', chunks)?.line).toBe(280);
    expect(resolveSection('IaaS › 장점', chunks)?.line).toBe(53);
    expect(resolveSection('RAID 5 (Striping with Parity)', chunks)?.breadcrumb).toEqual(chunks[3]!.breadcrumb);
  });

  it('resolves a unit label as a last segment and a heading with only sub-chunks', () => {
    expect(resolveSection('오픈 소스 카프카를 직접 설치하여 운영하는 경우 › 메모리', chunks)).toMatchObject({ line: 152 });
    expect(resolveSection('XFS 파일시스템', chunks)).toMatchObject({
      line: 220,
      breadcrumb: ['카프카 클러스터', 'XFS , ext4 란?', 'XFS 파일시스템'],
    });
  });

  it('prefers an exact match and returns undefined for unknown sections', () => {
    expect(resolveSection('단점', chunks)?.line).toBe(59);
    expect(resolveSection('장점 › 단점', chunks)).toBeUndefined();
    expect(resolveSection('', chunks)).toBeUndefined();
  });
});
