// The shape rules, checked on the real import graph (the compiler's own reading of every import,
// type-only and dynamic ones included): the core knows no chat platform, adapters (the CLI too)
// reach the core only through src/index.ts, the message model is a leaf, and no two folders import
// each other, directly or round a longer loop.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderCycles, folderOf, importEdges, sourceFiles } from './helpers/import-graph.js';

const root = path.resolve(import.meta.dirname, '..');
const core = importEdges(root, sourceFiles(root, ['src']));
const adapters = importEdges(root, sourceFiles(root, ['adapters']));
const CHAT_SDK = /^(?:@slack\/|@microsoft\/teams|botbuilder|botframework)/;

describe('architecture boundary', () => {
  it('reads the graph: the core has files and imports', () => {
    expect(core.length).toBeGreaterThan(100);
    expect(adapters.some((e) => e.from.startsWith('adapters/cli/'))).toBe(true);
  });

  it('src/ imports no chat SDK and no adapter', () => {
    const bad = core.filter((e) => CHAT_SDK.test(e.spec) || e.to?.startsWith('adapters/'));
    expect(bad.map((e) => `${e.from} -> ${e.spec}`)).toEqual([]);
  });

  it('adapters, adapters/cli included, import the core only through src/index.ts', () => {
    const bad = adapters.filter((e) => e.to?.startsWith('src/') && e.to !== 'src/index.ts');
    expect(bad.map((e) => `${e.from} -> ${e.spec}`)).toEqual([]);
  });

  it('the message model (src/model) is a leaf: it imports nothing else of the core', () => {
    const bad = core.filter((e) => e.from.startsWith('src/model/') && e.to !== undefined && !e.to.startsWith('src/model/'));
    expect(bad.map((e) => `${e.from} -> ${e.spec}`)).toEqual([]);
  });

  it('no import cycle between folders of src/, adapters/ and scripts/', () => {
    expect(folderCycles(root, sourceFiles(root, ['src', 'adapters', 'scripts']))).toEqual([]);
  });

  it('the cycle check finds a loop when there is one', () => {
    const edges: Array<[string, string]> = [
      ['src/a', 'src/b'],
      ['src/b', 'src/c'],
      ['src/c', 'src/a'],
      ['src/c', 'src/d'],
    ];
    expect(cycles(edges)).toEqual([['src/a', 'src/b', 'src/c']]);
    expect(cycles(edges.slice(0, 2))).toEqual([]);
    expect(folderOf('src/quiz/engine.ts')).toBe('src/quiz');
  });
});
