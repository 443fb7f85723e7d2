// Reply -> plain text: what the CLI prints, the console shows and chat platforms carry as fallback.
// Markdown-lite stays readable as is, so this only lays the parts out in a fixed order.
import type { Reply, Source } from './reply.js';

/**
 * The follow-up questions a reply suggests: its `ask` buttons labelled with their own question (not a
 * section pick, which has a `ref`, nor "이 내용 더 알아보기"). Help's example buttons are examples, shown in its body.
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
  if (reply.title) parts.push(`[${reply.title}]`);
  if (reply.body) parts.push(reply.body);
  if (reply.comparison) {
    const { columns, rows } = reply.comparison;
    for (const row of rows) {
      const cells = row.cells.map((cell, i) => `  ${columns[i] ?? ''}: ${cell || '-'}`);
      parts.push(`■ ${row.aspect}\n${cells.join('\n')}`);
    }
    if (reply.comparison.verdict) parts.push(`노트의 권장: ${reply.comparison.verdict}`);
  }
  if (reply.sources.length > 0) {
    parts.push(reply.sources.map((s) => `출처: ${formatSource(s)}`).join('\n'));
  }
  const followUps = followUpsOf(reply);
  if (followUps.length > 0) parts.push(`관련 질문: ${followUps.join(' · ')}`);
  if (reply.notice) parts.push(`(${reply.notice})`);
  return parts.join('\n\n');
}

/** Fill in `text` so every reply carries its plain rendering. */
export function finishReply(reply: Omit<Reply, 'text'>): Reply {
  return { ...reply, text: toPlainText(reply) };
}
