/**
 * The text files a command works on: files as given, directories searched recursively for `.txt`.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

async function textFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await textFilesUnder(full)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) files.push(full);
  }
  return files;
}

/**
 * The files named by `inputs` (resolved against `cwd`): a file as itself, a directory as the `.txt`
 * files under it, in name order. Duplicates are dropped. An input that does not exist is kept as a
 * file, so that reading it fails and is reported like any other unreadable file.
 */
export async function collectInputFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await textFilesUnder(full)));
    else files.push(full);
  }
  return [...new Set(files)];
}

/** The id of a document: its path relative to `cwd`, with `/` separators. */
export function documentId(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}
