/**
 * Writing export files to disk atomically: each file is written to a temporary file in the same
 * directory, then renamed over the target, so a reader never sees a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFile } from './types.js';
import { ExportError } from './types.js';

/** Temporary files being written right now, so an interrupted process can take them away. */
const pending = new Set<string>();

/** Write `content` to `target` atomically (temporary file in the same directory, then rename). */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
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
export function exportPath(dir: string, name: string): string {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  if (path.isAbsolute(name) || !target.startsWith(root + path.sep)) {
    throw new ExportError('write', `file name ${JSON.stringify(name)} is outside the output directory`);
  }
  return target;
}

/** Write every file under `dir` atomically; returns the written paths in order. */
export async function writeFiles(dir: string, files: readonly ExportFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = exportPath(dir, file.name);
    await writeFileAtomic(target, file.content);
    written.push(target);
  }
  return written;
}
