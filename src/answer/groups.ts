// Chunks grouped by subject and by parent section, built once per loaded knowledge: composers ask
// "the other aspects of IaaS" or "the sections next to RAID 0" on every question, and scanning a
// large index each time would cost more than the search.
import type { Knowledge } from '../knowledge/types.js';
import type { Chunk } from '../model/chunk.js';

interface Groups {
  bySubject: Map<string, Chunk[]>;
  byParent: Map<string, Chunk[]>;
  byId: Map<string, Chunk>;
  byLabel: Map<string, Chunk[]>;
}

const cache = new WeakMap<Knowledge, Groups>();

function groups(knowledge: Knowledge): Groups {
  let g = cache.get(knowledge);
  if (!g) {
    g = { bySubject: new Map(), byParent: new Map(), byId: new Map(), byLabel: new Map() };
    const add = (map: Map<string, Chunk[]>, key: string, chunk: Chunk) => {
      const list = map.get(key);
      if (list) list.push(chunk);
      else map.set(key, [chunk]);
    };
    // Sibling chunks share their breadcrumb array's parent part: joined once per run of them.
    let parentOf: { crumbs: string[]; key: string } | undefined;
    for (const chunk of knowledge.chunks) {
      g.byId.set(chunk.id, chunk);
      if (chunk.within) add(g.byLabel, chunk.title, chunk);
      if (chunk.subject) add(g.bySubject, chunk.subject, chunk);
      if (!parentOf || !sameParent(parentOf.crumbs, chunk.breadcrumb))
        parentOf = { crumbs: chunk.breadcrumb, key: chunk.breadcrumb.slice(0, -1).join(' › ') };
      add(g.byParent, parentOf.key, chunk);
    }
    cache.set(knowledge, g);
  }
  return g;
}

/** Whether two breadcrumbs have the same parent part (all but their last segment). */
function sameParent(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every chunk that is an aspect of `subject`, in note order. */
export function chunksOfSubject(knowledge: Knowledge, subject: string): Chunk[] {
  return groups(knowledge).bySubject.get(subject) ?? [];
}

/** Every chunk whose breadcrumb sits directly under the same parent as `chunk`, in note order. */
export function siblingsOf(knowledge: Knowledge, chunk: Chunk): Chunk[] {
  return groups(knowledge).byParent.get(chunk.breadcrumb.slice(0, -1).join(' › ')) ?? [];
}

/** The chunk a `label: value` chunk was cut from, if it is one. */
export function containerOf(knowledge: Knowledge, chunk: Chunk): Chunk | undefined {
  return chunk.within ? groups(knowledge).byId.get(chunk.within) : undefined;
}

/** Sections directly under `chunk` in its own note (its sub-headings, toggles and bold groups). */
export function childrenOf(knowledge: Knowledge, chunk: Chunk): Chunk[] {
  const list = groups(knowledge).byParent.get(chunk.breadcrumb.join(' › ')) ?? [];
  return list.filter((c) => c.file === chunk.file && !c.within && c.startLine > chunk.startLine);
}

/** Every `label: value` chunk with this label, in note order. */
export function labelled(knowledge: Knowledge, label: string): Chunk[] {
  return groups(knowledge).byLabel.get(label) ?? [];
}

/** The chunk with this id in the current notes, if it still exists. */
export function chunkById(knowledge: Knowledge, id: string): Chunk | undefined {
  return groups(knowledge).byId.get(id);
}
