// glossary.yml -> synonym sets the team writes once (memory ↔ 메모리, 레이드 ↔ RAID, …). Queries are
// expanded with the other terms of every set one of their words belongs to, so English questions
// find Korean notes. A bad entry is an error naming file:line.
import { z } from 'zod';
import type { GlossaryEntry } from '../model/chunk.js';
import { parseYamlList } from '../model/yaml-lines.js';

const EntrySchema = z
  .array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'a term may not be empty')))
  .min(2, 'an entry needs at least two terms that mean the same');

/** Parse glossary YAML: a list whose entries are lists of equivalent terms. */
export function parseGlossary(source: string, file: string): GlossaryEntry[] {
  return parseYamlList(source, file, EntrySchema, 'GLOSSARY_INVALID').map(({ value, line }) => ({ terms: value, line }));
}
