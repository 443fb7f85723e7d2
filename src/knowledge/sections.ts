// Markdown tree -> section tree. Exported notes nest headings inside list items ("toggles"), jump
// heading levels and flatten numbered sub-sections; the rules below restore the intended nesting
// so every chunk gets a truthful breadcrumb.
import type { List, ListItem, Root, RootContent } from 'mdast';
import { cleanTitle, inlineText } from './inline.js';

export interface Section {
  title: string;
  /** Repaired-source line of the heading or toggle (0 for the root). */
  line: number;
  /** Body blocks in order (headings and toggles become children instead). */
  blocks: RootContent[];
  children: Section[];
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
const isNumbered = (title: string) => /^\s*\d+[.)]\s/.test(title);
const headingText = (node: RootContent | undefined) => (node?.type === 'heading' ? inlineText(node) : '');

/** A list item holding a heading is a toggle: its first paragraph titles a nested section. */
function isToggle(item: ListItem): boolean {
  return item.children.some((c) => c.type === 'heading');
}

export function buildSections(root: Root): Section {
  const top: Section = { title: '', line: 0, blocks: [], children: [] };
  fillSection(top, root.children);
  return top;
}

function fillSection(owner: Section, nodes: RootContent[]): void {
  const stack: Array<{ depth: number; section: Section }> = [{ depth: 0, section: owner }];
  // Rule 1: an empty heading followed by a *shallower* heading adopts that run (the exporter
  // wrote `### X 장점/단점` then `## 장점`); the run ends at a shallower heading, or at a heading of
  // the owner's own level that follows a `---`.
  let adoption: { ownerDepth: number; baseDepth: number; shift: number } | undefined;
  // Rule 2: an empty unnumbered heading followed by `1. …` at the same level adopts the numbered run.
  let numbered: { depth: number } | undefined;

  nodes.forEach((node, index) => {
    const current = stack[stack.length - 1]!.section;
    if (node.type === 'heading') {
      const raw = inlineText(node);
      const previous = nodes[index - 1];
      if (adoption && (node.depth < adoption.baseDepth || (node.depth === adoption.ownerDepth && previous?.type === 'thematicBreak'))) {
        adoption = undefined;
      }
      if (numbered && (node.depth < numbered.depth || (node.depth === numbered.depth && !isNumbered(raw)))) {
        numbered = undefined;
      }
      let depth = node.depth + (adoption?.shift ?? 0);
      if (numbered && node.depth === numbered.depth) depth += 1;
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const section: Section = { title: cleanTitle(raw), line: lineOf(node), blocks: [], children: [] };
      stack[stack.length - 1]!.section.children.push(section);
      stack.push({ depth, section });

      const next = nodes[index + 1];
      if (next?.type === 'heading' && next.depth < node.depth) {
        adoption = { ownerDepth: node.depth, baseDepth: next.depth, shift: depth - next.depth + 1 };
      } else if (next?.type === 'heading' && next.depth === node.depth && !isNumbered(raw) && /^\s*1[.)]\s/.test(headingText(next))) {
        numbered = { depth: node.depth };
      }
      return;
    }
    if (node.type === 'list' && node.children.some(isToggle)) {
      const plain = node.children.filter((item) => !isToggle(item));
      if (plain.length > 0) current.blocks.push({ ...node, children: plain } as List);
      for (const item of node.children.filter(isToggle)) current.children.push(toggleSection(item));
      return;
    }
    current.blocks.push(node);
  });
}

function toggleSection(item: ListItem): Section {
  const [first, ...rest] = item.children;
  const titled = first?.type === 'paragraph';
  const section: Section = {
    title: titled ? cleanTitle(inlineText(first)) : '',
    line: lineOf(item),
    blocks: [],
    children: [],
  };
  fillSection(section, (titled ? rest : item.children) as RootContent[]);
  return section;
}
