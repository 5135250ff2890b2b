/**
 * The optional tools some tests use (Python with networkx, xmllint, Chromium): found on PATH as a user's
 * shell finds them, and a group of tests that cannot run without one says so on one line.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The first executable file `name` in the directories of `searchPath` (PATH's format), as the shell would
 * run it; undefined when there is none. A fixed /usr/bin/python3 would miss the python3 a user runs (a
 * pyenv or venv one with networkx) and test one the user never calls.
 */
export function onPath(name: string, searchPath: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not there or not executable: the next directory
    }
  }
  return undefined;
}

/**
 * A note printed once for a group of tests skipped for want of a tool: the first call prints
 * `"<group> skipped: <reason>"` through `log`, later calls print nothing.
 */
export function skipNotice(group: string, reason: string, log: (line: string) => void = console.warn): () => void {
  let said = false;
  return () => {
    if (said) return;
    said = true;
    log(`${group} skipped: ${reason}`);
  };
}
