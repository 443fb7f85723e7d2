// The neutral reply model: everything the core says, before any platform formats it.
// Adapters render a Reply (Block Kit, Adaptive Card, console text); `text` is the plain-text
// rendering every platform also gets as a fallback and the CLI prints.

/** What kind of reply this is; the CLI's `--json` prints it as `kind`. */
export type ReplyKind =
  | 'answer'
  | 'comparison'
  | 'no_answer'
  /** Between a sure answer and a refusal: the two or three nearest sections to pick from. */
  | 'suggest'
  | 'help'
  | 'quiz'
  | 'notice'
  | 'error';

/** Where a piece of an answer comes from in the notes. */
export interface Source {
  /** Last breadcrumb segment, e.g. `RAID 10 (RAID 1+0 / RAID 0+1)`. */
  title: string;
  /** Path relative to the project root, e.g. `knowledge/kafka-cluster-operations.md`. */
  file: string;
  /** 1-based first line of the chunk in that file. */
  line: number;
  /** 1-based last line of the chunk. */
  endLine: number;
  /** Headings from the note's top down to this chunk. */
  breadcrumb: string[];
  /** Where the note can be read (NOTES_URL + path + `#L<line>`), when a notes URL is configured. */
  url?: string;
}

/** One aspect (특징, 장점, …) lined up for every side of a comparison. */
export interface ComparisonRow {
  aspect: string;
  /** One cell per column, in column order; '' when the notes say nothing for that side. A cell's items are on their own lines. */
  cells: string[];
}

/** Sides of a comparison, side by side. */
export interface Comparison {
  /** Column titles, one per side (two today). */
  columns: string[];
  rows: ComparisonRow[];
  /** What the notes say to prefer, with its `file:line`, shown under the table. */
  verdict?: string;
}

export type Choice = 'O' | 'X';

/** A button. Adapters put the whole action in the button's value so a press round-trips. */
export type Action =
  /** Ask a follow-up question; with `ref` (a section's id) the press answers that section. */
  | { type: 'ask'; label: string; question: string; ref?: string }
  /** 👍/👎 on an answer; `question` and `ref` (the chunk id answered) are stored with the vote. */
  | { type: 'feedback'; label: string; vote: 'up' | 'down'; question: string; ref: string }
  /** An O/X press; `index` is the 0-based question the button belongs to. */
  | { type: 'quiz_answer'; label: Choice; sessionId: string; index: number; choice: Choice }
  /** Run a quiz sub-command, e.g. `review` or `5 raid`. */
  | { type: 'quiz_command'; label: string; command: string }
  /** An O/X press on the quiz of the day; `postId` names the channel's post for that date. */
  | { type: 'daily_answer'; label: Choice; postId: string; choice: Choice }
  /** Forward a question the notes could not answer to the experts channel (EXPERTS_CHANNEL_ID). */
  | { type: 'ask_expert'; label: string; question: string };

/** The button that asks `question`, labelled with the question itself unless `label` is given. */
export function askAction(question: string, label = question): Extract<Action, { type: 'ask' }> {
  return { type: 'ask', label, question };
}

/** One row of a list drawn as aligned rows: a topic's mastery, a path step, a leaderboard place. */
export interface ListRow {
  /** What the row names (a person's row: their display name or id, also in `person`). */
  label: string;
  /** A leading mark: ✅, ▶, ✓, ○, 🥇. */
  mark?: string;
  /** A bar of `done` out of `total`. */
  progress?: { done: number; total: number };
  /** Short text after the label or bar: `3/5`, `정답 7/9 (78%)`. */
  note?: string;
  /** The person the row is about (platform-qualified id): adapters mention them (`<@U…>`, `<at>`). */
  person?: { userId: string; name?: string };
  /** What pressing the row does (read a section, start a topic quiz). */
  action?: Action;
}

/** Rows under an optional heading (stats per topic, path steps, a leaderboard, a digest section). */
export interface ReplyList {
  heading?: string;
  rows: ListRow[];
  /** What the list says when it has no rows ('없어요 👍'). */
  empty?: string;
}

/** A label and its value (퀴즈 3회, 정답률 78%): a FactSet, Slack fields, aligned console columns. */
export interface Fact {
  label: string;
  value: string;
}

/** The state of a quiz, for adapters that draw it as a card. */
export interface QuizView {
  sessionId: string;
  /** Owner of the session (platform-qualified user id). */
  userId: string;
  /** The answer just given, when this reply follows a press (its source is the reply's `sources[0]`). */
  result?: {
    statement: string;
    chosen: Choice;
    answer: Choice;
    correct: boolean;
    /** The user passed ("모르겠어", "pass"): `chosen` is recorded as the wrong choice. */
    passed?: boolean;
    explanation: string;
  };
  /** The question to answer now; absent when the session is finished. */
  question?: { index: number; total: number; statement: string; itemId: string };
  /** Final score, present once the last question is answered. */
  score?: { correct: number; total: number };
}

/** Everything the core replies. Only `kind`, `text`, `sources`, `actions` are always present. */
export interface Reply {
  kind: ReplyKind;
  /** The topic: the section's own name ('RAID 10 (RAID 1+0 / RAID 0+1)', 'IaaS 단점'), 'RAID 1 vs RAID 5', 'Kafka 퀴즈'. */
  title?: string;
  /** Main text, markdown-lite: `**bold**`, `- ` bullets, blank-line paragraphs, `` `commands` ``. */
  body: string;
  /** Values the answer turns on (`32GB`, `6GB`), as written in the body: renderers set them in bold. */
  emphasis?: string[];
  /** Label/value pairs after the body (a user's quiz record). */
  facts?: Fact[];
  comparison?: Comparison;
  /** Lists after the body and comparison (mastery per topic, path steps, a leaderboard). */
  lists?: ReplyList[];
  /** An O/X statement put to everyone (the quiz of the day), drawn large after the lists, its hint under it. */
  question?: { statement: string; hint?: string };
  sources: Source[];
  /** Buttons, in order; an answer's suggested follow-up questions are its plain `ask` actions (followUpsOf). */
  actions: Action[];
  quiz?: QuizView;
  /** Extra line such as 'question was cut to 300 characters'. */
  notice?: string;
  /** Only the person who triggered it should see this (another user's quiz press). */
  private?: boolean;
  /** Plain-text rendering of the whole reply (what the CLI prints and chat fallbacks carry). */
  text: string;
}
