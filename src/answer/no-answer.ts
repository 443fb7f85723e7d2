// The honest reply when the notes do not cover a question: say so plainly, never dress an
// unrelated chunk up as an answer, and offer up to three nearby topics the notes do cover.
import type { Knowledge } from '../knowledge/types.js';
import { askAction, type Reply } from '../model/reply.js';
import { finishReply } from '../model/render-text.js';
import type { SearchHit } from '../search/search-index.js';
import { clipAtWord, shortTitle } from './source.js';
import { mainSubjects } from './main-subjects.js';

/** Longest piece of the user's message a refusal quotes back: a topic, never the message. */
const TOPIC_CHARS = 40;

/**
 * The refusal; `topic` (what the notes lack, as the user wrote it: "Kafka Streams") is quoted, else
 * the question's first TOPIC_CHARS characters.
 */
export function noAnswer(knowledge: Knowledge, question: string, hits: SearchHit[], notice?: string, topic?: string): Reply {
  if (knowledge.chunks.length === 0) {
    return finishReply({
      kind: 'no_answer',
      // The folder this bot reads (KNOWLEDGE_DIR or --knowledge), as a full path: whoever sets it up must find it.
      body: `no notes: 아직 등록된 노트가 없어서 답할 수 없어요. ${knowledge.dir} 폴더에 .md 노트를 추가해 주세요.`,
      sources: [],
      actions: [],
      notice,
    });
  }
  const nearby = hits.filter((h) => h.coverage > 0).map((h) => shortTitle(h.chunk.title));
  const suggestions = [...new Set([...nearby, ...mainSubjects(knowledge, 3)])].slice(0, 3);
  return finishReply({
    kind: 'no_answer',
    body: `노트에서 "${clipAtWord(topic ?? question, TOPIC_CHARS)}"에 대한 내용을 찾지 못했어요. 추측으로 답하지 않을게요.\n대신 이런 주제는 답할 수 있어요.`,
    sources: [],
    actions: suggestions.map((q) => askAction(q)),
    notice,
  });
}
