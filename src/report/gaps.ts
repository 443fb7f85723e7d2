// The gap report (`npm run gaps`, `/kafka gaps` for admins): questions the notes could not answer
// grouped by similar wording, sections with the most 👎, and the quiz items missed most, as markdown.
import type { SessionStore } from '../store/store.js';
import type { Knowledge } from '../knowledge/types.js';
import { groupQuestions } from '../search/question-groups.js';
import { Experts } from '../onboarding/experts.js';

/** Rows per section of the report. */
export const REPORT_ROWS = 15;

const day = (at: number) => new Date(at).toISOString().slice(0, 10);
const range = (first: number, last: number) => (day(first) === day(last) ? day(first) : `${day(first)} – ${day(last)}`);
const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim().slice(0, 120)}"`;

/** The breadcrumb (and place) of a chunk id, or the id when the notes no longer have it. */
function sectionOf(knowledge: Knowledge, id: string): string {
  const chunk = knowledge.chunks.find((c) => c.id === id);
  return chunk ? `${chunk.breadcrumb.join(' › ')} (${chunk.file}:${chunk.startLine})` : `${id} (no longer in the notes)`;
}

export async function gapsReport(store: SessionStore, knowledge: Knowledge, now: number): Promise<string> {
  const [unanswered, feedback, missed] = await Promise.all([store.listUnanswered(), store.listFeedback(), store.mostMissed(REPORT_ROWS)]);
  const out: string[] = [`# Kafka Bot gap report`, '', `Generated ${new Date(now).toISOString().slice(0, 16).replace('T', ' ')} UTC.`, ''];

  const groups = groupQuestions(unanswered);
  out.push(`## Questions the notes could not answer (${unanswered.length}, ${groups.length} groups)`, '');
  if (groups.length === 0) out.push('- none recorded');
  for (const g of groups.slice(0, REPORT_ROWS)) {
    const also = g.variants.length > 0 ? `; also asked as ${g.variants.map(quote).join(', ')}` : '';
    out.push(`- **${g.count}×** ${quote(g.question)}${also} (${range(g.firstAt, g.lastAt)})`);
  }
  if (groups.length > REPORT_ROWS) out.push(`- … and ${groups.length - REPORT_ROWS} more groups`);

  const down = new Map<string, { count: number; lastAt: number; questions: Set<string> }>();
  for (const f of feedback) {
    if (f.vote !== 'down') continue;
    const section = f.ref
      ? f.ref
          .split('|')
          .filter(Boolean)
          .map((id) => sectionOf(knowledge, id))
          .join(' vs ')
      : '(no answer)';
    const row = down.get(section) ?? { count: 0, lastAt: 0, questions: new Set<string>() };
    row.count += 1;
    row.lastAt = Math.max(row.lastAt, f.at);
    if (f.question && row.questions.size < 3) row.questions.add(f.question);
    down.set(section, row);
  }
  const downRows = [...down.entries()].sort((a, b) => b[1].count - a[1].count || b[1].lastAt - a[1].lastAt);
  out.push('', `## Sections with the most 👎 (${downRows.reduce((n, [, r]) => n + r.count, 0)} votes)`, '');
  if (downRows.length === 0) out.push('- none recorded');
  for (const [section, r] of downRows.slice(0, REPORT_ROWS)) {
    const asked = r.questions.size > 0 ? ` — for ${[...r.questions].map(quote).join(', ')}` : '';
    out.push(`- **${r.count}×** ${section}${asked} (last ${day(r.lastAt)})`);
  }

  out.push('', '## Quiz items most often missed', '');
  if (missed.length === 0) out.push('- none recorded');
  for (const m of missed) {
    const item = knowledge.quizItems.find((q) => q.id === m.itemId);
    const what = item ? `\`${m.itemId}\` ${quote(item.statement)} (answer ${item.answer})` : `\`${m.itemId}\` (no longer in the quiz bank)`;
    out.push(`- **${m.misses}× missed** ${what} (last ${day(m.lastAt)})`);
  }

  // Answers experts gave in the experts channel: candidates to add to the notes, next to the question.
  const answers = await new Experts(store).answers();
  out.push('', `## Expert answers to add to the notes (${answers.length})`, '');
  if (answers.length === 0) out.push('- none recorded');
  for (const a of answers.sort((x, y) => y.at - x.at).slice(0, REPORT_ROWS)) {
    out.push(`- ${quote(a.question)} → ${quote(a.answer)} (${a.expert}, ${day(a.at)})`);
  }
  return out.join('\n') + '\n';
}
