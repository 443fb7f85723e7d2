// Confluence and Notion exports read as the notes they are: page metadata, tables of contents,
// macro remnants and panel titles are never answers or titles; callouts and toggles are content.
import { describe, expect, it } from 'vitest';
import { chunkNote } from '../../src/knowledge/load.js';
import { readExport } from '../../src/knowledge/exports.js';

const CONFLUENCE = `# Schema Guide (Data Team)

Created by Alex Park, last updated on Jan 12, 2025 3 minute read

<ac:structured-macro ac:name="toc" ac:schema-version="1"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>

- [1. Overview](#overview)
- [2. Rules](#rules)
    - [2.1 Field names](#field-names)

## 1. Overview

Schemas live in the schemas repo.

> **ℹ️ Info**
> Reviews take one business day.

## 2. Rules

### 2.1 Field names

Use snake_case for every field.

> **⚠️ Warning:**
> Never rename a field in place.
`;

const NOTION = `# 🧭 Retry Guide

Owner: Mina
Tags: retry, consumer

<aside>
💡 Every consumer retries three times before the dead letter topic.

</aside>

## 🔁 Backoff

- [ ] Set the backoff to 2 seconds
- [x] Cap it at 30 seconds

<details>
<summary>Why not retry forever?</summary>

A poison message would block the partition.

</details>

Backoff is reviewed every quarter.
`;

const titles = (text: string) => chunkNote(text, 'notes/x.md').chunks.map((c) => c.breadcrumb.join(' › '));
const texts = (text: string) =>
  chunkNote(text, 'notes/x.md')
    .chunks.map((c) => c.text)
    .join('\n');

describe('reading exports', () => {
  it('keeps every line where it was', () => {
    for (const note of [CONFLUENCE, NOTION]) expect(readExport(note).split('\n')).toHaveLength(note.split('\n').length);
  });

  it('Confluence: numbered headings by their words; no metadata, table of contents, macro or panel title', () => {
    expect(titles(CONFLUENCE)).toEqual(
      expect.arrayContaining(['Schema Guide (Data Team) › Overview', 'Schema Guide (Data Team) › Rules › Field names']),
    );
    const all = texts(CONFLUENCE);
    for (const remnant of ['Created by', 'last updated', '#overview', 'ac:', 'maxLevel', 'Info', 'Warning'])
      expect(all).not.toContain(remnant);
    expect(all).toContain('Reviews take one business day.');
    expect(all).toContain('Never rename a field in place.');
    expect(titles(CONFLUENCE).join('\n')).not.toMatch(/Info|Warning|Created/);
  });

  it('Notion: a callout is content, a toggle is a section, task boxes and title emoji go', () => {
    const note = chunkNote(NOTION, 'notes/x.md');
    const at = (needle: string) => note.chunks.find((c) => c.text.includes(needle));
    expect(at('Every consumer retries three times')?.breadcrumb).toEqual(['Retry Guide']);
    expect(at('poison message')?.breadcrumb).toEqual(['Retry Guide', 'Backoff', 'Why not retry forever?']);
    // Text after the toggle belongs to the section the toggle sits in again, on its own line.
    const after = at('reviewed every quarter');
    expect(after?.breadcrumb).toEqual(['Retry Guide', 'Backoff']);
    expect(after?.units[0]?.line).toBe(NOTION.split('\n').findIndex((l) => l.includes('reviewed every quarter')) + 1);
    expect(texts(NOTION)).not.toMatch(/\[[ x]\]|<aside|<details|<summary/);
    expect(texts(NOTION)).toContain('Set the backoff to 2 seconds');
  });
});

describe('code blocks', () => {
  const NOTE = `# Worker

## Configuration

\`\`\`properties
group.id=connect-prod
plugin.path=/opt/connect/plugins
# a comment
offset.flush.interval.ms=10000
\`\`\`

\`\`\`json
{
  "errors.tolerance": "all",
  "flush.size": "5000"
}
\`\`\`

\`\`\`bash
curl -s -X PUT http://connect:8083/connectors/x/config
\`\`\`
`;
  const note = chunkNote(NOTE, 'notes/w.md');
  const units = note.chunks.flatMap((c) => c.units);

  it('a block of settings is one labelled line per setting, as written, at its own line', () => {
    const plugin = units.find((u) => u.label === 'plugin.path');
    expect(plugin).toMatchObject({ text: 'plugin.path=/opt/connect/plugins', line: 7 });
    expect(units.find((u) => u.label === 'flush.size')).toMatchObject({ text: '"flush.size": "5000"', line: 15 });
    // Each setting is also a small chunk of its own, titled by its key.
    expect(note.chunks.some((c) => c.title === 'plugin.path' && c.within)).toBe(true);
  });

  it('a command stays one unit', () => {
    expect(units.filter((u) => u.text.startsWith('curl'))).toHaveLength(1);
  });
});

describe('FAQ', () => {
  const NOTE = [
    '# Guide',
    '',
    '## FAQ',
    '',
    '**Q. Can I rename a connector?**',
    'A. No. Create it under the new name, then delete the old one.',
    '',
    'A. plain text stays as written.',
    '',
  ].join('\n');

  it('a question titles its answer, which loses its A. prefix', () => {
    const note = chunkNote(NOTE, 'notes/faq.md');
    const answer = note.chunks.find((c) => c.text.includes('Create it under the new name'));
    expect(answer?.breadcrumb).toEqual(['Guide', 'FAQ', 'Can I rename a connector?']);
    expect(answer?.units[0]?.text).toBe('No.');
    // Only the line after a question is an answer: a later 'A.' stays as written (here its own sentence).
    expect(note.chunks.flatMap((c) => c.units).some((u) => u.text === 'A.')).toBe(true);
  });
});
