/**
 * Writing export files to disk atomically: each file is written to a temporary file in the same
 * directory, then renamed over the target, so a reader never sees a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExportError } from './types.js';

/** What a file is written from: its whole text, or its text in pieces (made as they are written). */
export type FileContent = string | Iterable<string> | AsyncIterable<string>;

/** Temporary files being written right now, so an interrupted process can take them away. */
const pending = new Set<string>();

/** A file written to its temporary name, waiting to be renamed over its target. */
interface Staged {
  target: string;
  temporary: string;
}

/** Write `content` to a temporary file beside `target`; on failure nothing is left behind. */
async function stage(target: string, content: FileContent): Promise<Staged> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    if (typeof content === 'string') await writeFile(temporary, content, 'utf8');
    else {
      const handle = await open(temporary, 'w');
      try {
        for await (const piece of content) await handle.write(piece, null, 'utf8');
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await discard(temporary);
    throw error;
  }
  return { target, temporary };
}

async function discard(temporary: string): Promise<void> {
  await rm(temporary, { force: true });
  pending.delete(temporary);
}

/**
 * Rename every staged file over its target, in order; whatever fails, no temporary file is left.
 * Returns the targets.
 */
async function commit(staged: readonly Staged[]): Promise<string[]> {
  let done = 0;
  try {
    for (const { temporary, target } of staged) {
      await rename(temporary, target);
      pending.delete(temporary);
      done++;
    }
  } finally {
    for (const { temporary } of staged.slice(done)) await discard(temporary);
  }
  return staged.map((file) => file.target);
}

/**
 * Write `content` to `target` atomically (temporary file in the same directory, then rename).
 * `content` may be the text in pieces (an iterable or async iterable of strings), written as they come:
 * a large file is never held whole. If making or writing a piece fails, `target` is left as it was.
 */
export async function writeFileAtomic(target: string, content: FileContent): Promise<void> {
  await commit([await stage(target, content)]);
}

/**
 * Removes the temporary files of writes still under way (call it from a SIGINT handler): the targets
 * keep their previous content, and no half-written file is left behind.
 */
export function removePendingTemporaries(): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
}

/** Resolve `name` inside `dir`, refusing names that would escape it. */
function exportPath(dir: string, name: string): string {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  if (path.isAbsolute(name) || !target.startsWith(root + path.sep)) {
    throw new ExportError('write', `file name ${JSON.stringify(name)} is outside the output directory`);
  }
  return target;
}

/**
 * Write files under `dir`: each to a temporary file first, then all renamed over their targets, so
 * a failure while making or writing any of them (a bad name, a piece that throws, a full disk) leaves
 * every target as it was. `files` may be a lazy iterable, each file's content made only when its turn
 * comes (see {@link FileContent}). Returns the written paths in order.
 */
export async function writeFiles(dir: string, files: Iterable<{ name: string; content: FileContent }>): Promise<string[]> {
  const staged: Staged[] = [];
  try {
    for (const file of files) {
      const target = exportPath(dir, file.name);
      staged.push(await stage(target, file.content));
    }
  } catch (error) {
    for (const { temporary } of staged) await discard(temporary);
    throw error;
  }
  return commit(staged);
}
