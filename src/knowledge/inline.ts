// Plain text of markdown inline content: what a chunk's units hold and what search indexes.
// `<br>` (from repaired table cells) and hard breaks become newlines so cells split into units.
import type { Nodes } from 'mdast';

export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      // `**Mirroring(1)**으로` is not emphasis in CommonMark (flanking rules), but it is to a reader.
      return node.value.includes('**') ? node.value.replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1') : node.value;
    case 'inlineCode':
      return node.value;
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default: {
      if (!('children' in node)) return '';
      const children = node.children as Nodes[];
      if (children.length === 1) return inlineText(children[0]!);
      let out = '';
      for (const c of children) out += inlineText(c);
      return out;
    }
  }
}

/**
 * Clean a title: no markup, no leading emoji (Notion's 🧭), no leading numbering (`1.`, `2)`,
 * Confluence's `3.2`), no trailing colon, single spaces.
 */
export function cleanTitle(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*)+/u, '')
    .replace(/^(?:\d+(?:\.\d+)+\.?|\d+[.)])\s+/, '')
    .replace(/\s*[:：]\s*$/, '')
    .trim();
}
