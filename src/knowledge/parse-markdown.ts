// Markdown -> the mdast subset the chunker reads (headings, paragraphs, lists, tables, quotes, code
// and inline text), built from markdown-it's token stream: measured 20–60× faster than micromark
// with mdast on the 10k-section corpus (npm run bench). Positions are 1-based lines, like mdast's.
// markdown-it 14, not 15: 15's tokens are built with defineProperty, 2.6× slower on that corpus.
import MarkdownIt from 'markdown-it';
import type { RuleInline } from 'markdown-it/lib/parser_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';

// CommonMark plus GFM tables and strikethrough; raw HTML kept so `<br>` in table cells is seen.
const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
keepCodeLineEndings(md);

/**
 * markdown-it turns line endings inside `inline code` into spaces; mdast keeps them, and so must we:
 * a line ending in a unit's text is what advances its line number.
 */
function keepCodeLineEndings(parser: MarkdownIt): void {
  // The rule list is not in the typings; replacing a rule while calling the original needs it.
  const rules = (parser.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: RuleInline }> }).__rules__;
  const original = rules.find((rule) => rule.name === 'backticks')?.fn;
  if (!original) return;
  parser.inline.ruler.at('backticks', (state, silent) => {
    const start = state.pos;
    if (!original(state, silent)) return false;
    const token = state.tokens[state.tokens.length - 1];
    if (!silent && token?.type === 'code_inline' && token.content.length > 0) {
      const fence = token.markup.length;
      let raw = state.src.slice(start + fence, state.pos - fence);
      if (/^[ \n]/.test(raw) && /[ \n]$/.test(raw) && /[^ \n]/.test(raw)) raw = raw.slice(1, -1);
      token.content = raw;
    }
    return true;
  });
}

type Node = Nodes & { children?: Nodes[] };
type Open = { node: Node };

const at = (token: Token) =>
  token.map ? { start: { line: token.map[0] + 1, column: 1 }, end: { line: token.map[1], column: 1 } } : undefined;

/** Parse `source` into an mdast Root (only the node kinds chunking needs; others are dropped). */
export function parseMarkdown(source: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Open[] = [{ node: root as Node }];
  const push = (node: Node) => (stack[stack.length - 1]!.node.children as Nodes[]).push(node);
  const open = (node: Node) => {
    push(node);
    stack.push({ node });
  };

  for (const token of md.parse(source, {})) {
    switch (token.type) {
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) as 1, children: [], position: at(token) });
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', children: [], position: at(token) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = ordered ? Number(token.attrGet('start') ?? 1) : null;
        open({ type: 'list', ordered, start, spread: false, children: [], position: at(token) });
        break;
      }
      case 'list_item_open':
        open({ type: 'listItem', spread: false, children: [], position: at(token) });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [], position: at(token) });
        break;
      case 'table_open':
        open({ type: 'table', align: [], children: [], position: at(token) });
        break;
      case 'tr_open':
        open({ type: 'tableRow', children: [], position: at(token) });
        break;
      case 'th_open':
      case 'td_open':
        open({ type: 'tableCell', children: [] });
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
      case 'table_close':
        stack.pop();
        break;
      case 'fence':
      case 'code_block':
        push({
          type: 'code',
          lang: token.info.trim().split(/\s/)[0] || null,
          value: token.content.replace(/\n$/, ''),
          position: at(token),
        });
        break;
      case 'hr':
        push({ type: 'thematicBreak', position: at(token) });
        break;
      case 'html_block':
        push({ type: 'html', value: token.content.replace(/\n$/, ''), position: at(token) });
        break;
      case 'inline':
        for (const child of inline(token.children ?? [])) push(child);
        break;
      default:
        // thead/tbody wrappers carry no content of their own.
        break;
    }
  }
  return root;
}

/** Inline tokens -> phrasing nodes; adjacent text (and soft breaks) merge into one text node, as in mdast. */
function inline(tokens: Token[]): PhrasingContent[] {
  const top: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [top];
  const text = (value: string) => {
    if (value === '') return; // markdown-it leaves empty text around emphasis delimiters
    const list = stack[stack.length - 1]!.children;
    const last = list[list.length - 1];
    if (last?.type === 'text') last.value += value;
    else list.push({ type: 'text', value });
  };
  const push = (node: PhrasingContent) => stack[stack.length - 1]!.children.push(node);
  const open = (node: PhrasingContent & Parents) => {
    push(node);
    stack.push(node as { children: PhrasingContent[] });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        text(token.content);
        break;
      case 'softbreak':
        text('\n');
        break;
      case 'hardbreak':
        push({ type: 'break' });
        break;
      case 'code_inline':
        push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        push({ type: 'html', value: token.content });
        break;
      case 'image':
        push({ type: 'image', url: String(token.attrGet('src') ?? ''), alt: plain(token.children ?? []) });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', url: String(token.attrGet('href') ?? ''), children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        break;
    }
  }
  return top.children;
}

/** Plain text of inline tokens (an image's alt). */
function plain(tokens: Token[]): string {
  return tokens.map((t) => (t.children ? plain(t.children) : t.type === 'softbreak' || t.type === 'hardbreak' ? '\n' : t.content)).join('');
}
