/**
 * One writer per output folder: a lock file holding the owner's pid, in the folder's state directory.
 * A second run writing the same folder is refused (two runs renaming into one folder would mix their
 * sets); a lock whose pid is no longer running was left by a run that was killed, and is taken over.
 */
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The hidden folder, inside an output folder, that holds its generations, its `current` link and its lock. */
export const STATE_DIR = '.shiting-kg';

/** A held lock: `release` is synchronous, so a signal handler can call it. */
export interface OutputLock {
  /** The output folder (absolute). */
  readonly dir: string;
  /** The pid of the killed run whose lock was taken over, if there was one. */
  readonly tookOverFrom?: number;
  release(): void;
}

/** Locks this process holds, by folder, with how many callers hold each (a CLI run and its writeExports). */
const held = new Map<string, { lock: OutputLock; count: number }>();

const lockFile = (dir: string) => path.join(dir, STATE_DIR, 'lock');

/** Whether a process with this pid is running (EPERM: it is, as another user's). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid written in a lock file, or NaN (unreadable, half-written). */
function ownerOf(file: string): number {
  try {
    return Number(readFileSync(file, 'utf8').split('\n')[0]);
  } catch {
    return Number.NaN;
  }
}

/** Create the lock file; false when it exists. Written whole in one call, so a reader sees a pid or nothing. */
function create(file: string): boolean {
  try {
    writeFileSync(file, `${process.pid}\n${new Date().toISOString()}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Take the lock of output folder `dir` (created if needed). Throws `shiting-kg: write export: <dir> is
 * being written by another run (pid N) …` while another live process holds it. Re-entrant within a
 * process: each call needs its own `release()`.
 */
export function lockOutputDir(dir: string): OutputLock {
  const root = path.resolve(dir);
  const mine = held.get(root);
  if (mine) {
    mine.count++;
    return mine.lock;
  }
  mkdirSync(path.join(root, STATE_DIR), { recursive: true });
  const file = lockFile(root);
  let tookOverFrom: number | undefined;
  while (!create(file)) {
    const owner = ownerOf(file);
    // A lock with this process's own pid is not one it holds (that is in `held`): a killed run's, whose pid came round again.
    if (owner !== process.pid && alive(owner)) {
      throw new Error(`shiting-kg: ${dir} is being written by another run (pid ${owner}); nothing was written. Wait for it to end, or delete ${file} if no such run is going on`);
    }
    // The owner was killed (kill -9, a crash): its lock is stale. Take it only if it is still that one.
    if (ownerOf(file) !== owner && !Number.isNaN(owner)) continue;
    rmSync(file, { force: true });
    tookOverFrom = Number.isNaN(owner) ? undefined : owner;
  }
  const lock: OutputLock = {
    dir: root,
    ...(tookOverFrom === undefined ? {} : { tookOverFrom }),
    release() {
      const entry = held.get(root);
      if (entry === undefined || --entry.count > 0) return;
      held.delete(root);
      unlock(root);
    },
  };
  held.set(root, { lock, count: 1 });
  return lock;
}

/** Remove the lock file if it is this process's, and the state folder if nothing else is in it (no set was ever written). */
function unlock(root: string): void {
  if (ownerOf(lockFile(root)) === process.pid) rmSync(lockFile(root), { force: true });
  try {
    rmdirSync(path.join(root, STATE_DIR));
  } catch {
    // not empty: it holds the current set
  }
}

/** Release every lock this process holds (a signal handler, before exiting). */
export function releaseAllLocks(): void {
  for (const root of [...held.keys()]) {
    held.delete(root);
    unlock(root);
  }
}
