// The knowledge folder is a trust boundary: whoever can commit a note must not be able to make the
// bot read (and quote) a file elsewhere, hang on a FIFO, or loop. Every read of a note, glossary,
// quiz or paths file goes through here: real paths only, inside the folder, regular files only.
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { KafkaBotError } from '../model/errors.js';

/** Files read at once: a folder of thousands of notes must not exhaust file handles (`ulimit -n`). */
const OPEN_AT_ONCE = 32;
const limit = pLimit(OPEN_AT_ONCE);

export interface FolderListing {
  /** The folder's real path (symlinks resolved). */
  root: string;
  /** Accepted files, `/`-separated from the folder and sorted; a file reached by two names is listed once. */
  files: string[];
  /** One line per entry left out, naming it and why (logged as knowledge warnings). */
  skipped: string[];
}

/** Hidden folders and node_modules are never knowledge. */
export function isHiddenPath(rel: string): boolean {
  return rel.split('/').some((p) => p.startsWith('.') || p === 'node_modules');
}

/** The folder's real path; the filesystem root (or a missing folder) is refused by name. */
export async function realRoot(dir: string): Promise<string> {
  let root: string;
  try {
    root = await realpath(path.resolve(dir));
  } catch (cause) {
    throw new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read the knowledge folder: ${(cause as Error).message}`, {
      location: { file: dir },
      cause,
    });
  }
  if (path.parse(root).root === root) {
    throw new KafkaBotError(
      'KNOWLEDGE_INVALID',
      'the knowledge folder cannot be the filesystem root: point KNOWLEDGE_DIR at the notes folder',
      {
        location: { file: dir },
      },
    );
  }
  return root;
}

function inside(root: string, real: string): boolean {
  return real.startsWith(root + path.sep);
}

/**
 * Every file under `dir` whose relative path `accept`s, without leaving the folder: a symlink is
 * followed only to a regular file inside it; linked folders are never entered (inside, their files
 * are listed under their own names; outside, they leave the folder), so no link can loop.
 */
export async function listFolder(dir: string, accept: (rel: string) => boolean, under = ''): Promise<FolderListing> {
  const root = await realRoot(dir);
  const found = new Map<string, { rel: string; linked: boolean }>();
  const skipped: string[] = [];
  const walk = async (relDir: string): Promise<void> => {
    const entries = await readdir(relDir ? path.join(root, relDir) : root, { withFileTypes: true }).catch((cause: Error) => {
      if (!relDir)
        throw new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read the knowledge folder: ${cause.message}`, {
          location: { file: dir },
          cause,
        });
      skipped.push(`${relDir}/: skipped, cannot read the folder (${(cause as NodeJS.ErrnoException).code ?? cause.message})`);
      return [];
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (isHiddenPath(rel)) continue;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isSymbolicLink()) await followLink(rel);
      else if (accept(rel)) {
        if (entry.isFile()) keep(path.join(root, rel), rel, false);
        else skipped.push(`${rel}: skipped, not a regular file`);
      }
    }
  };
  const keep = (real: string, rel: string, linked: boolean): void => {
    const seen = found.get(real);
    if (!seen || (seen.linked && !linked)) found.set(real, { rel, linked });
  };
  const followLink = async (rel: string): Promise<void> => {
    const real = await realpath(path.join(root, rel)).catch(() => undefined);
    const info = real === undefined ? undefined : await stat(real).catch(() => undefined);
    if (info?.isDirectory()) {
      const where = inside(root, real!) || real === root ? 'its notes are read under their own names' : 'it leaves the knowledge folder';
      skipped.push(`${rel}: skipped, a linked folder is never entered (${where})`);
      return;
    }
    if (!accept(rel)) return;
    if (real === undefined || !info) skipped.push(`${rel}: skipped, a broken or looping link`);
    else if (!inside(root, real)) skipped.push(`${rel}: skipped, a link to a file outside the knowledge folder`);
    else if (!info.isFile()) skipped.push(`${rel}: skipped, not a regular file`);
    else keep(real, rel, true);
  };
  if (!under) await walk('');
  else {
    // A sub-folder is walked only when it is a real folder of its own, not a link.
    const info = await lstatOrUndefined(path.join(root, under));
    if (info?.isDirectory()) await walk(under);
    else if (info?.isSymbolicLink()) skipped.push(`${under}/: skipped, a linked folder is never entered`);
  }
  const files = [...found.values()].map((f) => f.rel).sort();
  return { root, files, skipped };
}

/**
 * The text of `rel` under the real folder `root`, or undefined when it does not exist. Refused,
 * naming `shown`: a path that resolves outside the folder, or anything but a regular file (a FIFO
 * is opened without blocking and refused, never waited on). With `onRefused`, a refusal is passed
 * to it and reads as undefined instead of throwing.
 */
export function readInside(root: string, rel: string, shown: string, onRefused?: (why: string) => void): Promise<string | undefined> {
  const refuse = (why: string): undefined => {
    if (!onRefused) throw unreadable(shown, why);
    onRefused(`${shown}: skipped, ${why}`);
    return undefined;
  };
  return limit(async () => {
    let real: string;
    try {
      real = await realpath(path.join(root, rel));
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      if (code === 'ELOOP') return refuse('a looping link');
      throw unreadable(shown, (cause as Error).message, cause);
    }
    if (!inside(root, real)) return refuse('a link to a file outside the knowledge folder');
    let handle;
    try {
      handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw unreadable(shown, (cause as Error).message, cause);
    }
    try {
      if (!(await handle.stat()).isFile()) return refuse('not a regular file');
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  });
}

function lstatOrUndefined(file: string) {
  return lstat(file).catch(() => undefined);
}

function unreadable(shown: string, why: string, cause?: unknown): KafkaBotError {
  return new KafkaBotError('KNOWLEDGE_UNREADABLE', `cannot read: ${why}`, { location: { file: shown }, cause });
}
