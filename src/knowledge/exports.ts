// What Confluence and Notion exports add around a note's content, read away before parsing: page
// metadata ("Created by … last updated on …"), tables of contents of anchor links, `<ac:…>` macro
// remnants, panel titles (`> **ℹ️ Info**`), `<aside>` callouts, `<details>` toggles (their summary
// becomes a heading) and task-list boxes. Line for line: a line is blanked or rewritten, never
// removed or added, so every later position is still the line of the file.

const METADATA = [
  /^\s*created by\b.*(?:last updated|updated on|on \w{3,9} \d{1,2}, \d{4})/i,
  /^\s*(?:last updated|last modified)(?:\s+(?:by|on))?\s+.*\d{4}/i,
  /^\s*(?:작성자|최종\s*수정(?:일|자)?|마지막\s*수정)\s*[:：].*$/,
];
/** A list item that is only a link to an anchor of the page: a table of contents. */
const TOC_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]+\]\(#[^)\s]*\)\s*$/;
/** `<ac:structured-macro …>`, `<ac:parameter …>…</ac:parameter>`, `<ri:…/>`: Confluence storage format. */
const MACRO_PAIR = /<ac:parameter\b[^>]*>[^<]*<\/ac:parameter>/gi;
const MACRO_TAG = /<\/?(?:ac|ri):[^>]*>/gi;
/** `> **ℹ️ Info**`, `> **⚠️ Warning:**`: a panel's title says what kind of panel, not what it says. */
const PANEL_TITLE =
  /^(\s*>\s*)\*\*\s*(?:\p{Extended_Pictographic}\ufe0f?\s*)?(?:info|information|note|warning|tip|success|error|important|caution|정보|참고|노트|주의|경고|팁)\s*[:：]?\s*\*\*\s*[:：]?\s*$/iu;
const ASIDE = /^\s*<\/?aside\b[^>]*>\s*$/i;
const DETAILS = /^\s*<\/?details\b[^>]*>\s*$/i;
const SUMMARY = /^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)<\/summary>\s*$/i;
const DETAILS_END = /^\s*<\/details>\s*$/i;
const HEADING = /^(#{1,6})\s+(.*)$/;
const TASK_BOX = /^(\s*(?:[-*+]|\d+[.)])\s+)\[[ xX]\]\s+/;
/** A FAQ's question (`**Q. …**`, `Q: …`, `질문: …`) titles its answer; `A. ` / `답:` opens the answer. */
const FAQ_Q = /^\s*(?:\*\*)?\s*(?:Q|질문)\s*(?:\d+\s*)?[.:：)]\s*(.+?)\s*(?:\*\*)?\s*$/;
const FAQ_A = /^(\s*)(?:\*\*)?\s*(?:A|답|답변)\s*[.:：)]\s*(?:\*\*)?\s*/;

/** The note with export decoration read away, line for line (see the file header). */
export function readExport(source: string): string {
  const lines = source.split('\n');
  const headings: Array<{ depth: number; line: string }> = [];
  let openToggle: { depth: number; parent?: string } | undefined;
  let fence: string | undefined;
  let answering = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // Code is the note's own text, whatever it looks like (a `# comment`, a `- [x]`).
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker;
    if (fence || marker) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      const depth = heading[1]!.length;
      while (headings.length > 0 && headings[headings.length - 1]!.depth >= depth) headings.pop();
      headings.push({ depth, line });
      openToggle = undefined;
      continue;
    }
    const summary = SUMMARY.exec(line);
    if (summary) {
      // A toggle is a sub-section of the one it sits in; after it closes, that section goes on.
      const parent = headings[headings.length - 1];
      const depth = Math.min(6, (parent?.depth ?? 1) + 1);
      lines[i] = `${'#'.repeat(depth)} ${summary[1]!.replace(/<[^>]+>/g, '').trim()}`;
      openToggle = { depth, parent: parent?.line };
      continue;
    }
    if (DETAILS_END.test(line) && openToggle) {
      lines[i] = continuesSection(lines, i + 1) && openToggle.parent ? openToggle.parent : '';
      openToggle = undefined;
      continue;
    }
    if (ASIDE.test(line) || DETAILS.test(line) || TOC_ITEM.test(line) || METADATA.some((m) => m.test(line))) {
      lines[i] = '';
      continue;
    }
    if (line.includes('<ac:') || line.includes('<ri:') || line.includes('</ac:'))
      line = line.replace(MACRO_PAIR, '').replace(MACRO_TAG, '');
    const question = FAQ_Q.exec(line);
    if (question && FAQ_A.test(nextText(lines, i + 1))) {
      // The question is a sub-section of the FAQ, its answer the body.
      const parent = headings[headings.length - 1];
      lines[i] = `${'#'.repeat(Math.min(6, (parent?.depth ?? 1) + 1))} ${question[1]!.replace(/\*\*/g, '')}`;
      answering = true;
      continue;
    }
    line = line.replace(PANEL_TITLE, '$1').replace(TASK_BOX, '$1');
    if (answering && line.trim()) {
      line = line.replace(FAQ_A, '$1');
      answering = false;
    }
    lines[i] = line;
  }
  return lines.join('\n');
}

/** The next non-blank line from `from` ('' at the end). */
function nextText(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim()) return lines[i]!;
  return '';
}

/** True when text (not a heading, toggle or the end) follows a closed toggle. */
function continuesSection(lines: string[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || /^-{3,}$/.test(line)) continue;
    return !HEADING.test(line) && !SUMMARY.test(line) && !DETAILS.test(line);
  }
  return false;
}
