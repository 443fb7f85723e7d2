import { describe, expect, it } from 'vitest';
import { chunkNote } from '../../src/knowledge/load.js';
import { repairTables } from '../../src/knowledge/repair-tables.js';
import { readFileSync } from 'node:fs';
import { bundled } from '../helpers/knowledge.js';

const find = async (tail: string) => (await bundled()).chunks.find((c) => c.breadcrumb.join(' › ').endsWith(tail));

// Line numbers are pinned on a fixture note with the same export quirks (toggle headings inside list
// items, table cells over several lines, an indented table row), never on the bundled note.
const FIXTURE = 'test/fixtures/notes/storage-export.md';
const fixture = chunkNote(readFileSync(FIXTURE, 'utf8'), 'notes/storage-export.md').chunks;
const inFixture = (tail: string) => fixture.find((c) => c.breadcrumb.join(' › ').endsWith(tail));

describe('chunker line numbers (fixture note)', () => {
  it('a toggle heading nested in a list item joins the breadcrumb; items keep their true lines', () => {
    const b = inFixture('디스크 묶음 란? › 대표적인 묶음 방식 › 방식 B (복제)');
    expect(b?.startLine).toBe(31);
    expect(b?.endLine).toBe(35);
    expect(b?.units.map((u) => [u.line, u.label])).toEqual([
      [32, '특징'],
      [33, '장점'],
      [34, '단점'],
      [35, '용도'],
    ]);
  });

  it('table cells over several lines: one chunk per column with the lines the cells start on', () => {
    const managed = inFixture('관리형, 설치형 › 관리형 스토리지');
    expect(managed?.units.find((u) => u.text === '99.9% 가용성 보장')?.line).toBe(43);
    expect(inFixture('관리형, 설치형 › 설치형 스토리지')?.units.map((u) => u.line)).toEqual([43, 44]);
  });

  it('an indented row of a two-column table is keyed by its row name at its own line', () => {
    expect(inFixture('배포 방식별 운영 방법 › 베어메탈')?.startLine).toBe(9);
    const vm = inFixture('배포 방식별 운영 방법 › 가상머신');
    expect(vm?.startLine).toBe(12);
    expect(vm?.text).toContain('가상 서버에 스토리지 데몬 설치, 운영');
  });
});

describe('chunker on the exported note', () => {
  it('reads headings nested inside list items (toggles) into the breadcrumb', async () => {
    const raid10 = await find('RAID 란? › 대표적인 RAID 레벨 간단 요약 › RAID 10 (RAID 1+0 / RAID 0+1)');
    expect(raid10?.breadcrumb[1]).toBe('오픈 소스 카프카를 직접 설치하여 운영하는 경우');
    expect(raid10?.units.map((u) => u.label)).toEqual(expect.arrayContaining(['특징', '장점', '단점', '용도']));
    expect(await find('XFS , ext4 란? › XFS 파일시스템 › 설명')).toBeDefined();
  });

  it('cuts one chunk per RAID level and per aspect of a service model', async () => {
    const k = await bundled();
    const levels = k.chunks.filter((c) => /^RAID \d+ /.test(c.title));
    expect(levels.map((c) => c.title)).toEqual([
      'RAID 0 (Striping)',
      'RAID 1 (Mirroring)',
      'RAID 5 (Striping with Parity)',
      'RAID 10 (RAID 1+0 / RAID 0+1)',
    ]);
    const iaas = k.chunks.filter((c) => c.subject?.endsWith('IaaS (Infrastructure as a Service)'));
    expect(iaas.map((c) => c.aspect)).toEqual(['정의', '특징', '장점', '단점', '예시']);
    expect(iaas.find((c) => c.aspect === '단점')?.text).toContain('여전히 사용자의 책임');
  });

  it('repairs table cells that continue over several lines: one chunk per column', async () => {
    const cloud = await find('컨플루언트 클라우드, 컨플루언트 플랫폼 › 컨플루언트 클라우드');
    const platform = await find('컨플루언트 클라우드, 컨플루언트 플랫폼 › 컨플루언트 플랫폼');
    expect(cloud?.units.map((u) => u.text)).toContain('99.95% SLA');
    expect(platform?.units[0]?.text).toBe('온프레미스 기반 설치형 카프카 클러스터');
    const prod = await find('상용 환경 카프카 클러스터');
    expect(prod?.units.find((u) => u.label === '브로커 개수')?.text).toBe('브로커 개수: 10개');
  });

  it('keys a two-column table by its short row names', async () => {
    const iaasRow = await find('서비스 형태별 카프카 운영 방법 › IaaS');
    expect(iaasRow?.text).toContain('컴퓨팅 리소스에 오픈소스 카프카 설치, 운영');
  });

  it('restores the nesting of an empty heading followed by shallower headings', async () => {
    const lockIn = await find('벤더 종속(Vendor Lock-in)');
    expect(lockIn?.breadcrumb).toEqual([
      'SaaS형 카프카',
      'SaaS로 카프카 클러스터를 운영할 경우 장점/단점',
      '단점',
      '벤더 종속(Vendor Lock-in)',
    ]);
    const after = await find('그럼에도 SaaS형 카프카를 사용하는 것이 나은 경우?');
    expect(after?.breadcrumb).toEqual(['SaaS형 카프카', '그럼에도 SaaS형 카프카를 사용하는 것이 나은 경우?']);
  });

  it('adopts a numbered run of same-level headings under the empty heading before it', async () => {
    const onPrem = await find('온프레미스 (On-Premises) › 정의');
    expect(onPrem?.breadcrumb.slice(-3)).toEqual(['운영 방법에 따른 서비스 형태', '온프레미스 (On-Premises)', '정의']);
  });

  it('parses quiz markup out of the note, never hard-coded', async () => {
    const k = await bundled();
    const noteItems = k.quizItems.filter((q) => q.origin.file.endsWith('.md'));
    expect(noteItems).toHaveLength(5);
    expect(noteItems.every((q) => q.answer === 'X')).toBe(true);
    // Each 정리 item names the section that supports it (`근거: …`), not the 정리 list itself.
    expect(noteItems[0]?.source.breadcrumb.at(-1)).toBe('컨플루언트 클라우드, 컨플루언트 플랫폼');
  });

  it('keeps line numbers after a repaired table', () => {
    const src = '| a | b |\n| --- | --- |\n| - x\n- y | z |\n\n## After\ntext';
    const repaired = repairTables(src);
    expect(repaired.text.split('\n')).toHaveLength(src.split('\n').length);
    const { chunks } = chunkNote(src, 'k/t.md');
    expect(chunks.find((c) => c.title === 'After')?.startLine).toBe(6);
  });

  it('titles a bold-labelled item by its label, never by the sentence after it', () => {
    const src = [
      '### 점검',
      '- **URP**: 반드시 0이어야 한다. 밀려 있으면 작업을 미룬다.',
      '    - 확인: kafka-topics.sh --describe',
      '- **Offline**: 0이어야 한다.',
      '    - 확인: OfflinePartitionsCount',
      '',
    ].join('\n');
    const { chunks } = chunkNote(src, 'k/t.md');
    const urp = chunks.find((c) => c.breadcrumb.join(' › ') === '점검 › URP');
    expect(urp?.title).toBe('URP');
    expect(urp?.units[0]?.text).toBe('반드시 0이어야 한다.');
    expect(urp?.text).toContain('kafka-topics.sh --describe');
  });

  it('cuts each `label: value` line of a list into its own chunk, framed by the intro', () => {
    const src = ['## 하드웨어', '', '브로커는 다음과 같이 설정하는 것을 추천한다.', '', '- 메모리: 32GB', '- CPU: 24core', ''].join('\n');
    const { chunks } = chunkNote(src, 'k/t.md');
    const memory = chunks.find((c) => c.title === '메모리');
    expect(memory?.within).toBe(chunks.find((c) => c.title === '하드웨어')?.id);
    expect(memory?.context).toContain('추천한다');
    expect(memory?.breadcrumb).toEqual(['하드웨어', '메모리']);
    expect(memory?.startLine).toBe(5);
  });

  it('rejects binary content naming the file and line', () => {
    expect(() => chunkNote('# ok\nline\n\u0000bad', 'knowledge/bad.md')).toThrow(/knowledge\/bad\.md:3/);
  });
});
