// The search-based message extension (command `searchNotes`): what is typed in the compose box is
// searched in the notes and up to 8 sections come back as list previews (topic, where it sits in the
// notes, one-line snippet); choosing one inserts that section's answer card. Search is in memory, far below 5 s.
import { z } from 'zod';
import { sectionReply, sourceLines, type Knowledge, type KnowledgeHolder } from '../../src/index.js';
import { ECHO_MAX } from '../shared/echo.js';
import { clipGraphemes, clipUnits, splitGraphemes, stripUnsafe } from '../shared/text.js';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from './card.js';
import { renderReply } from './render.js';

export const SEARCH_COMMAND_ID = 'searchNotes';
export const MAX_RESULTS = 8;
const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';
const SNIPPET_CHARS = 90;

/** `composeExtension/query` value: the command, its parameters (`searchQuery`, or `initialRun`). */
const QuerySchema = z.looseObject({
  commandId: z.string(),
  parameters: z.array(z.looseObject({ name: z.string(), value: z.unknown() })).default([]),
});
/** What a preview's tap sends back in `composeExtension/selectItem`. */
const SelectSchema = z.looseObject({ kafkaBotSection: z.string().min(1).max(500) });

export interface ResultAttachment {
  contentType: typeof CARD_CONTENT_TYPE;
  content: AdaptiveCard;
  preview: {
    contentType: typeof THUMBNAIL;
    content: { title: string; subtitle: string; text: string; tap: { type: 'invoke'; value: { kafkaBotSection: string } } };
  };
}

export type ComposeExtensionResponse =
  | { composeExtension: { type: 'result'; attachmentLayout: 'list'; attachments: ResultAttachment[] } }
  | { composeExtension: { type: 'message'; text: string } };

const message = (text: string): ComposeExtensionResponse => ({ composeExtension: { type: 'message', text } });

/** The section's answer card, without buttons: it is posted by the user, not by the bot. */
function sectionAttachment(knowledge: Knowledge, chunkId: string): ResultAttachment | undefined {
  const reply = sectionReply(knowledge, chunkId);
  const chunk = knowledge.chunks.find((c) => c.id === chunkId);
  if (!reply || !chunk) return undefined;
  const content = renderReply(reply).attachments[0]!.content;
  const first = chunk.units.find((u) => u.text.trim())?.text ?? chunk.text;
  const line = first.replace(/\s+/g, ' ').replace(/\*\*/g, '').trim();
  // The result list shows the topic, where it sits in the notes and its first line; file:line is on the card.
  const place = sourceLines(reply)[0]?.place ?? '';
  return {
    contentType: CARD_CONTENT_TYPE,
    content,
    preview: {
      contentType: THUMBNAIL,
      content: {
        title: reply.title ?? chunk.title,
        subtitle: place,
        text: clipUnits(line, SNIPPET_CHARS),
        tap: { type: 'invoke', value: { kafkaBotSection: chunk.id } },
      },
    },
  };
}

/** Answer a `composeExtension/query` invoke. */
export function searchNotes(holder: KnowledgeHolder, value: unknown): ComposeExtensionResponse {
  const parsed = QuerySchema.safeParse(value);
  if (!parsed.success || parsed.data.commandId !== SEARCH_COMMAND_ID) return message('이 검색 명령은 지원하지 않아요.');
  const query = parsed.data.parameters.find((p) => p.name === 'searchQuery')?.value;
  // What was typed is shown back when nothing matches: no control or bidi characters, cut between graphemes.
  const typed = typeof query === 'string' ? stripUnsafe(query).trim() : '';
  const text = splitGraphemes(typed, 200)[0]!.trim();
  if (!text) return message('찾을 내용을 입력하세요. 예: RAID 10, 브로커 메모리');
  const knowledge = holder.current;
  const attachments = knowledge.search
    .search(text, { limit: MAX_RESULTS })
    .map((hit) => sectionAttachment(knowledge, hit.chunk.id))
    .filter((a): a is ResultAttachment => a !== undefined)
    .slice(0, MAX_RESULTS);
  if (attachments.length === 0) return message(`노트에서 "${clipGraphemes(text, ECHO_MAX)}"에 맞는 내용을 찾지 못했어요.`);
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

/** Answer a `composeExtension/selectItem` invoke: the chosen section's card (re-read from the current notes). */
export function selectSection(holder: KnowledgeHolder, value: unknown): ComposeExtensionResponse {
  const parsed = SelectSchema.safeParse(value);
  const attachment = parsed.success ? sectionAttachment(holder.current, parsed.data.kafkaBotSection) : undefined;
  if (!attachment) return message('이 항목은 노트가 바뀌어 더 이상 없어요. 다시 검색해 주세요.');
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [attachment] } };
}
