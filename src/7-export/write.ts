/**
 * Writing export files to disk atomically. One file: written to a temporary file in the same
 * directory, then renamed over the target, so a reader never sees a half-written file. A set of
 * files: see output-set.ts (a generation folder and one switch).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a file is written from: its whole text, or its text in pieces (made as they are written). */
export type FileContent = string | Iterable<string> | AsyncIterable<string>;

/** Temporary files being written right now, so an interrupted process can take them away. */
const pending = new Set<string>();

/** A file written to its temporary name, waiting to be renamed over its target. */
interface Staged {
  target: string;
  temporary: string;
}

/** Write `content` to `file`, piece by piece when it comes in pieces. */
export async function writeContent(file: string, content: FileContent): Promise<void> {
  if (typeof content === 'string') {
    await writeFile(file, content, 'utf8');
    return;
  }
  const handle = await open(file, 'w');
  try {
    for await (const piece of content) await handle.write(piece, null, 'utf8');
  } finally {
    await handle.close();
  }
}

/** Write `content` to a temporary file beside `target`; on failure nothing is left behind. */
async function stage(target: string, content: FileContent): Promise<Staged> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    await writeContent(temporary, content);
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
 * Removes the temporary files (and generation folders) of writes still under way: the targets keep
 * their previous content, and no half-written file is left behind. Called by {@link abandonWrites}.
 */
export function removePendingTemporaries(): void {
  for (const file of pending) rmSync(file, { force: true, recursive: true });
  pending.clear();
}

/** Count a temporary (a file or a generation folder) as under way, so an interrupt takes it away. */
export function trackTemporary(temporary: string, underWay: boolean): void {
  if (underWay) pending.add(temporary);
  else pending.delete(temporary);
}

/** Whether a write is under way (something an interrupt would take away). */
export const writesUnderWay = (): boolean => pending.size > 0;

