// How a reply presents its parts, the same on every surface: which buttons are choices and the one
// label above them, the compact source lines (no `file:line` twice, at most two, the title not
// repeated), the one plain notification line, the emphasised values, and text bars.
import type { Action, ListRow, Reply, Source } from './reply.js';

export type AskAction = Extract<Action, { type: 'ask' }>;

/** A choice drawn as a row that shows its whole text: the question, and where it leads. */
export interface ChoiceRow {
  action: AskAction;
  /** What the row says: the action's label, with what tells it apart when two choices share one. */
  text: string;
  /** Where the section sits in the notes (`RAID 란? › 대표적인 RAID 레벨`), for a suggested section. */
  detail?: string;
}

/** Label of the sections a `suggest` reply offers. */
export const CHOICES_LABEL = '이 중에 있나요?';
/** Label of an answer's follow-up questions. */
export const FOLLOW_UPS_LABEL = '이어서 물어보기';
/** Label of help's example questions. */
export const EXAMPLES_LABEL = '이렇게 물어보세요';

/** Ask buttons that are not choices: a quiz's "더 알아보기" sits by its explanation. */
const isChoice = (reply: Pick<Reply, 'kind'>, a: Action): a is AskAction => a.type === 'ask' && reply.kind !== 'quiz';

/**
 * The reply's choices with their label: a suggestion's sections ("이 중에 있나요?", each with where it
 * sits), a no-answer's topics (the body already invites them: no label), an answer's follow-ups
 * ("이어서 물어보기"), help's examples. Undefined when there are none.
 */
export function choicesOf(reply: Pick<Reply, 'kind' | 'actions' | 'sources'>): { label?: string; rows: ChoiceRow[] } | undefined {
  const asks = reply.actions.filter((a): a is AskAction => isChoice(reply, a));
  if (asks.length === 0) return undefined;
  if (reply.kind === 'suggest') return { label: CHOICES_LABEL, rows: apart(asks, reply.sources) };
  const label = reply.kind === 'no_answer' ? undefined : reply.kind === 'help' ? EXAMPLES_LABEL : FOLLOW_UPS_LABEL;
  return { ...(label && { label }), rows: asks.map((action) => ({ action, text: action.label })) };
}

/**
 * Suggested sections as rows; two with the same name (`저널링` of ext4 and of XFS) say which is which
 * in their text (`저널링 — ext4 파일시스템`) instead of a place line both would share, and rows of one
 * place say it on the first of them only.
 */
function apart(asks: AskAction[], sources: Source[]): ChoiceRow[] {
  const places = asks.map((action, i) => placeOf(sources[i], action.label));
  return asks.map((action, i) => {
    const place = places[i];
    const twins = asks.filter((a) => a.label === action.label).length > 1;
    // Rows in the same place (RAID 10, RAID 0 of one list) say it once, on the first of them.
    const said = places.slice(0, i).includes(place);
    if (!twins || !place) return { action, text: action.label, ...(place && !said && { detail: place }) };
    const others = asks.flatMap((a, k) => (k !== i && a.label === action.label ? [placeOf(sources[k], a.label) ?? ''] : []));
    const segments = place.split(' › ');
    const own = segments.find((segment) => others.every((o) => !o.split(' › ').includes(segment))) ?? segments.at(-1)!;
    // The rest of the place is what the twins share: said once would be said twice, so it goes.
    return { action, text: `${action.label} — ${own}` };
  });
}

/** A heading without its trailing parenthetical: `RAID 10 (RAID 1+0 / RAID 0+1)` -> `RAID 10`. */
const short = (segment: string) => segment.replace(/\s*\(.*\)\s*$/, '').trim() || segment;

/** The breadcrumb above a section, without the segments `shown` already names (at most the last two). */
function placeOf(source: Source | undefined, shown = ''): string | undefined {
  if (!source) return undefined;
  const named = (segment: string) => shown !== '' && (shown.includes(short(segment)) || segment.includes(shown));
  const place = source.breadcrumb
    .filter((segment) => !named(segment))
    .slice(-2)
    .join(' › ');
  return place || undefined;
}

/** `knowledge/kafka-ops.md` -> `kafka-ops.md`: the path inside the notes folder. */
export function noteFile(file: string): string {
  const parts = file.split('/');
  return parts.length > 1 ? parts.slice(1).join('/') : file;
}

/** `reply` with each source linked to where the note can be read: `base` + path in the notes folder + `#L<line>`. */
export function linkSources<R extends Pick<Reply, 'sources'>>(reply: R, base: string): R {
  if (reply.sources.length === 0) return reply;
  const root = base.endsWith('/') ? base : `${base}/`;
  const url = (s: Source) => `${root}${noteFile(s.file).split('/').map(encodeURIComponent).join('/')}#L${s.line}`;
  return { ...reply, sources: reply.sources.map((s) => ({ ...s, url: url(s) })) };
}

/** One compact source line's parts: where in the notes, and `file:line` (linked when `url` is known). */
export interface SourceLine {
  place?: string;
  /** `kafka-cluster-operations.md:146`. */
  at: string;
  url?: string;
}

/**
 * Source lines of a reply: no `file:line` twice, breadcrumbs without what the title names, sources
 * in the same place of the same note on one line (`…md:187, 182`), at most two lines.
 */
export function sourceLines(reply: Pick<Reply, 'title' | 'sources'> & Partial<Pick<Reply, 'kind'>>): SourceLine[] {
  // A suggestion's sources are its choices, each row already saying where it sits.
  if (reply.kind === 'suggest') return [];
  const seen = new Set<string>();
  const lines: Array<SourceLine & { file: string }> = [];
  for (const source of reply.sources) {
    const file = noteFile(source.file);
    if (seen.has(`${file}:${source.line}`)) continue;
    seen.add(`${file}:${source.line}`);
    const place = placeOf(source, reply.title);
    const same = lines.find((l) => l.file === file && l.place === place && !l.url && !source.url);
    if (same) same.at += `, ${source.line}`;
    else lines.push({ file, ...(place && { place }), at: `${file}:${source.line}`, ...(source.url && { url: source.url }) });
  }
  return lines.slice(0, 2).map(({ file: _file, ...line }) => line);
}

/** A source line as plain text: `카프카 클러스터 · kafka-cluster-operations.md:146`. */
export function sourceText(line: SourceLine): string {
  return line.place ? `${line.place} · ${line.at}` : line.at;
}

/** Markdown-lite -> one plain line: no `**`, backticks, bullets or line breaks. */
export function plainLine(markdownLite: string): string {
  return markdownLite
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Longest notification line. */
export const SUMMARY_CHARS = 150;

/**
 * The one plain line notifications and screen readers read: the title, then what the reply says
 * first (a quiz: the question). No markup, no brackets; about SUMMARY_CHARS at most, cut at a space.
 */
export function summaryLine(reply: Pick<Reply, 'title' | 'body' | 'quiz' | 'question' | 'text'>): string {
  const question = reply.quiz?.question;
  const score = reply.quiz?.score;
  if (score && !question && reply.title) return `${plainLine(reply.title)}: ${score.correct}/${score.total}`;
  const first = question
    ? `문제 ${question.index + 1}/${question.total} ${question.statement}`
    : (reply.question?.statement ?? reply.body.split('\n').find((l) => plainLine(l) !== '') ?? '');
  const lead = plainLine(first);
  const title = reply.title ? plainLine(reply.title) : '';
  const line = title && lead && !lead.startsWith(title) ? `${title}: ${lead}` : title || lead || plainLine(reply.text);
  if (line.length <= SUMMARY_CHARS) return line;
  const cut = line.slice(0, SUMMARY_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > SUMMARY_CHARS * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Markdown-lite with every `values` occurrence (not already bold) in `**bold**`. */
export function emphasise(markdownLite: string, values: readonly string[] | undefined): string {
  if (!values || values.length === 0) return markdownLite;
  const escaped = [...new Set(values)].filter(Boolean).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return markdownLite;
  const value = new RegExp(`(?<![\\w.])(?:${escaped.sort((a, b) => b.length - a.length).join('|')})(?![\\w])`, 'g');
  // Bold runs are left as they are; only the text between them is marked.
  return markdownLite
    .split(/(\*\*.+?\*\*)/g)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(value, (m) => `**${m}**`)))
    .join('');
}

/** Cells in a text bar. */
export const BAR_CELLS = 10;

/** `███░░░░░░░` for done/total, rounded to the nearest cell (anything started shows at least one). */
export function bar(done: number, total: number, cells = BAR_CELLS): string {
  const filled = total <= 0 ? 0 : Math.min(cells, Math.max(done > 0 ? 1 : 0, Math.round((done / total) * cells)));
  return `${'█'.repeat(filled)}${'░'.repeat(cells - filled)}`;
}

/** A row as plain text: `✅ 1. RAID ██████░░░░ 3/5 · 퀴즈 2/3`, `1. Alice — 2개 정답`. */
export function rowText(row: ListRow): string {
  const head = [row.mark, row.label, row.progress && bar(row.progress.done, row.progress.total)].filter(Boolean).join(' ');
  return row.note ? `${head}${row.progress ? ' ' : ' — '}${row.note}` : head;
}
