/**
 * The text files a command works on: files as given, directories searched recursively for `.txt`.
 * The walk is lazy: one directory's names are read when the walk reaches it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function* textFilesUnder(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort(byName)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* textFilesUnder(full);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) yield full;
  }
}

/**
 * The files named by `inputs` (resolved against `cwd`), yielded one by one: a file as itself, a
 * directory as the `.txt` files under it, in name order. Duplicates are dropped. An input that does
 * not exist is yielded as a file, so that reading it fails and is reported like any other unreadable file.
 */
export async function* walkInputFiles(inputs: readonly string[], cwd: string): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const info = await stat(full).catch(() => undefined);
    const files = info?.isDirectory() ? textFilesUnder(full) : [full];
    for await (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      yield file;
    }
  }
}

/** All the files of `walkInputFiles`, as a list. */
export async function collectInputFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for await (const file of walkInputFiles(inputs, cwd)) files.push(file);
  return files;
}

/** How many files `walkInputFiles` yields, without holding their contents (for a progress bar's total). */
export async function countInputFiles(inputs: readonly string[], cwd: string): Promise<number> {
  let count = 0;
  for await (const _file of walkInputFiles(inputs, cwd)) count++;
  return count;
}

/** The id of a document: its path relative to `cwd`, with `/` separators. */
export function documentId(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}
