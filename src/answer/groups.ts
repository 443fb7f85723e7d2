// Chunks grouped by subject and by parent section, built once per loaded knowledge: composers ask
// "the other aspects of IaaS" or "the sections next to RAID 0" on every question, and scanning a
// large index each time would cost more than the search.
import type { Chunk, Knowledge } from '../knowledge/types.js';

interface Groups {
  bySubject: Map<string, Chunk[]>;
  byParent: Map<string, Chunk[]>;
}

const cache = new WeakMap<Knowledge, Groups>();

function groups(knowledge: Knowledge): Groups {
  let g = cache.get(knowledge);
  if (!g) {
    g = { bySubject: new Map(), byParent: new Map() };
    for (const chunk of knowledge.chunks) {
      if (chunk.subject) {
        const same = g.bySubject.get(chunk.subject);
        if (same) same.push(chunk);
        else g.bySubject.set(chunk.subject, [chunk]);
      }
      const parent = chunk.breadcrumb.slice(0, -1).join(' › ');
      const list = g.byParent.get(parent);
      if (list) list.push(chunk);
      else g.byParent.set(parent, [chunk]);
    }
    cache.set(knowledge, g);
  }
  return g;
}

/** Every chunk that is an aspect of `subject`, in note order. */
export function chunksOfSubject(knowledge: Knowledge, subject: string): Chunk[] {
  return groups(knowledge).bySubject.get(subject) ?? [];
}

/** Every chunk whose breadcrumb sits directly under the same parent as `chunk`, in note order. */
export function siblingsOf(knowledge: Knowledge, chunk: Chunk): Chunk[] {
  return groups(knowledge).byParent.get(chunk.breadcrumb.slice(0, -1).join(' › ')) ?? [];
}
