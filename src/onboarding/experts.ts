// Ask an expert: a question the notes could not answer, forwarded to an experts channel. The store
// remembers each forwarded post (so an expert's reply in its thread is relayed back to the asker)
// and every relayed answer, which `npm run gaps` lists next to the question as a note candidate.
import { z } from 'zod';
import type { SessionStore } from '../store/store.js';

const REQUESTS = 'experts:requests';
const ANSWERS = 'experts:answers';

const RequestSchema = z.object({
  question: z.string(),
  askerId: z.string(),
  /** Where the answer is relayed: platform channel and thread (adapter-defined). */
  relay: z.object({ channel: z.string(), threadTs: z.string().optional() }),
  at: z.number(),
});
const AnswerSchema = z.object({ question: z.string(), answer: z.string(), expert: z.string(), at: z.number() });

export type ExpertRequest = z.infer<typeof RequestSchema>;
export type ExpertAnswer = z.infer<typeof AnswerSchema>;

/** The button's label. */
export const ASK_EXPERT_LABEL = '전문가에게 물어보기';

export class Experts {
  constructor(private readonly store: SessionStore) {}

  /** Remember a forwarded question under its post (`platform:channel:ts` of the experts-channel post). */
  async remember(postKey: string, request: ExpertRequest): Promise<void> {
    await this.store.putDoc(REQUESTS, postKey, JSON.stringify(request));
  }

  /** The question a reply's thread belongs to, or undefined for any other thread. */
  async find(postKey: string): Promise<ExpertRequest | undefined> {
    const text = await this.store.getDoc(REQUESTS, postKey);
    const parsed = text === undefined ? undefined : RequestSchema.safeParse(JSON.parse(text));
    return parsed?.success ? parsed.data : undefined;
  }

  /** Record a relayed expert answer (once per reply message) as a candidate addition to the notes. */
  async recordAnswer(replyKey: string, answer: ExpertAnswer): Promise<boolean> {
    return this.store.putDoc(ANSWERS, replyKey, JSON.stringify(answer), { onlyIfAbsent: true });
  }

  async answers(): Promise<ExpertAnswer[]> {
    return (await this.store.listDocs(ANSWERS)).flatMap((d) => {
      const parsed = AnswerSchema.safeParse(JSON.parse(d.value));
      return parsed.success ? [parsed.data] : [];
    });
  }
}
