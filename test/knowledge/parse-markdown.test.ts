import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../src/knowledge/parse-markdown.js';

/** The tree without positions except start lines, as a compact comparable value. */
const shape = (node: Nodes): unknown => {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = { ...rest, line: position?.start.line };
  if ('children' in rest && rest.children) out.children = rest.children.map(shape);
  if (out.line === undefined) delete out.line;
  return out;
};

describe('parseMarkdown (markdown-it tokens -> mdast)', () => {
  it('gives headings, toggles and nested lists with 1-based start lines', () => {
    const root = parseMarkdown('# 제목\n\n- Burrow 란?\n\n  ### Burrow\n\n    - **설명**\n        - LinkedIn\n');
    const [heading, list] = root.children;
    expect(heading).toMatchObject({ type: 'heading', depth: 1, position: { start: { line: 1 } } });
    const item = (list as Extract<Nodes, { type: 'list' }>).children[0]!;
    expect(item.position?.start.line).toBe(3);
    expect(item.children.map((c) => c.type)).toEqual(['paragraph', 'heading', 'list']);
    expect(item.children[1]?.position?.start.line).toBe(5);
  });

  it('has no empty text around emphasis, so a bold label is the first child', () => {
    const root = parseMarkdown('- **목표**:\n    1. **성능** 향상\n');
    expect(shape(root.children[0]!)).toMatchObject({
      type: 'list',
      children: [
        {
          type: 'listItem',
          children: [
            { type: 'paragraph', children: [{ type: 'strong' }, { type: 'text', value: ':' }] },
            { type: 'list', ordered: true, start: 1 },
          ],
        },
      ],
    });
  });

  it('keeps soft breaks and line endings inside inline code, as mdast does', () => {
    const paragraph = parseMarkdown('a `` x\ny `` and\nmore').children[0];
    expect(shape(paragraph!)).toEqual({
      type: 'paragraph',
      line: 1,
      children: [
        { type: 'text', value: 'a ' },
        { type: 'inlineCode', value: 'x\ny' },
        { type: 'text', value: ' and\nmore' },
      ],
    });
  });

  it('reads GFM tables with a start line per row, <br> as html, and strikethrough', () => {
    const table = parseMarkdown('| 항목 | 값 |\n| --- | --- |\n| 메모리 | 32GB <br> ~~64GB~~ |\n| 디스크 |\n').children[0]!;
    expect(table.type).toBe('table');
    const rows = (table as Extract<Nodes, { type: 'table' }>).children;
    expect(rows.map((r) => r.position?.start.line)).toEqual([1, 3, 4]);
    expect(shape(rows[1]!.children[1]!)).toEqual({
      type: 'tableCell',
      children: [
        { type: 'text', value: '32GB ' },
        { type: 'html', value: '<br>' },
        { type: 'text', value: ' ' },
        { type: 'delete', children: [{ type: 'text', value: '64GB' }] },
      ],
    });
  });

  it('keeps code without its last line ending, and thematic breaks', () => {
    const root = parseMarkdown('```yaml\na: 1\n```\n\n---\n\n    indented\n');
    expect(root.children.map(shape)).toEqual([
      { type: 'code', lang: 'yaml', value: 'a: 1', line: 1 },
      { type: 'thematicBreak', line: 5 },
      { type: 'code', lang: null, value: 'indented', line: 7 },
    ]);
  });
});
