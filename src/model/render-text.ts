// Reply -> plain text: what the CLI prints and chat platforms carry as fallback. Markdown-lite stays
// readable as is, so this only lays the parts out in a fixed order: title, body, facts, comparison,
// lists, choices under their one label, at most two source lines, the notice.
import type { Reply, Source } from './reply.js';
import { choicesOf, rowText, sourceLines, sourceText } from './reply-view.js';

/**
 * The follow-up questions a reply suggests: its `ask` buttons labelled with their own question (not a
 * section pick, which has a `ref`, nor "이 내용 더 알아보기"). Help's example buttons are examples.
 */
export function followUpsOf(reply: Pick<Reply, 'kind' | 'actions'>): string[] {
  if (reply.kind === 'help') return [];
  return reply.actions.flatMap((a) => (a.type === 'ask' && a.ref === undefined && a.label === a.question ? [a.question] : []));
}

/** `RAID 란? › RAID 10 (knowledge/x.md:187)`. */
export function formatSource(source: Source): string {
  return `${source.breadcrumb.slice(-3).join(' › ')} (${source.file}:${source.line})`;
}

/** Plain text of a reply without its `text` field (which this computes). */
export function toPlainText(reply: Omit<Reply, 'text'>): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  if (reply.body) parts.push(reply.body);
  if (reply.facts?.length) parts.push(reply.facts.map((f) => `${f.label}: ${f.value}`).join('\n'));
  if (reply.comparison) {
    const { columns, rows } = reply.comparison;
    for (const row of rows) {
      const cells = row.cells.map((cell, i) => {
        const items = cell.split('\n').filter((item) => item.trim() !== '');
        const head = `  ${columns[i] ?? ''}:`;
        return items.length > 1 ? [head, ...items.map((item) => `    - ${item}`)].join('\n') : `${head} ${items[0] ?? '-'}`;
      });
      parts.push(`■ ${row.aspect}\n${cells.join('\n')}`);
    }
    if (reply.comparison.verdict) parts.push(`노트의 권장: ${reply.comparison.verdict}`);
  }
  for (const list of reply.lists ?? []) {
    const rows = list.rows.length > 0 ? list.rows.map(rowText) : list.empty ? [list.empty] : [];
    parts.push([...(list.heading ? [list.heading] : []), ...rows].join('\n'));
  }
  if (reply.question) parts.push([reply.question.statement, reply.question.hint].filter(Boolean).join('\n'));
  const choices = choicesOf(reply);
  if (choices) {
    const numbered = reply.kind === 'suggest';
    const rows = choices.rows.map((c, i) => (numbered ? `${i + 1}. ${c.detail ? `${c.detail} › ` : ''}${c.action.label}` : c.action.label));
    if (numbered) parts.push([choices.label, ...rows].join('\n'));
    else parts.push(choices.label ? `${choices.label}: ${rows.join(' · ')}` : rows.map((r) => `- ${r}`).join('\n'));
  }
  const sources = sourceLines(reply);
  if (sources.length > 0) parts.push(sources.map((s) => `출처: ${sourceText(s)}`).join('\n'));
  if (reply.notice) parts.push(`(${reply.notice})`);
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

/** Fill in `text` so every reply carries its plain rendering. */
export function finishReply(reply: Omit<Reply, 'text'>): Reply {
  return { ...reply, text: toPlainText(reply) };
}
