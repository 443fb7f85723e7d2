// The real import graph of the TypeScript sources, read with the compiler's own pre-processor
// (static imports, `export … from`, dynamic `import()` and type-only imports alike), for the boundary test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Importing file, relative to the root, with `/` separators. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** Imported file relative to the root, for relative specifiers; undefined for packages. */
  to?: string;
}

/** Every `.ts` file under `dirs` (relative to `root`). */
export function sourceFiles(root: string, dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => path.posix.join(dir, f.split(path.sep).join('/'))),
  );
}

/** The import edges of `files`; `./x.js` resolves to `x.ts` (NodeNext style). */
export function importEdges(root: string, files: string[]): ImportEdge[] {
  return files.flatMap((from) => {
    const info = ts.preProcessFile(readFileSync(path.join(root, from), 'utf8'), true, true);
    return info.importedFiles.map(({ fileName: spec }) => {
      if (!spec.startsWith('.')) return { from, spec };
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)).replace(/\.js$/, '.ts');
      return { from, spec, to };
    });
  });
}

/** The folder a file belongs to for the layer rule: `src/quiz/engine.ts` -> `src/quiz`. */
export const folderOf = (file: string): string => path.posix.dirname(file);

/** Cycles among the nodes of a directed graph (one per strongly connected component of 2+ nodes). */
export function cycles(edges: Iterable<[string, string]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of edges) {
    if (a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    if (!next.has(b)) next.set(b, new Set());
    next.get(a)!.add(b);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

/** Folder-level import cycles among `files`' relative imports. */
export function folderCycles(root: string, files: string[]): string[][] {
  const edges = importEdges(root, files)
    .filter((e): e is ImportEdge & { to: string } => e.to !== undefined)
    .map((e): [string, string] => [folderOf(e.from), folderOf(e.to)]);
  return cycles(edges);
}
