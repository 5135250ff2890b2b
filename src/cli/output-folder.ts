/**
 * The output folder of `extract --out`, claimed for the whole run: its lock is taken before any
 * extraction (a second run on the same folder is refused at once, not after minutes of work), and
 * what a killed run left there is removed, with a line saying so.
 */
import { lockOutputDir, removeStaleOnce, type OutputLock } from '../7-export/index.js';
import type { CliIO } from './io.js';

/** Lock `dir` for this run and clean it; the caller releases the lock when done. */
export function claimOutputFolder(dir: string, shown: string, io: CliIO): OutputLock {
  const lock = lockOutputDir(dir);
  try {
    if (lock.tookOverFrom !== undefined) io.stderr(`shiting-kg: ${shown}: the run that was writing it (pid ${lock.tookOverFrom}) was stopped before it ended; its lock is taken over\n`);
    const cleaned = removeStaleOnce(lock);
    if (cleaned.entries > 0) {
      io.stderr(`shiting-kg: ${shown}: removed what an interrupted run left there (${cleaned.entries} item${cleaned.entries === 1 ? '' : 's'}, ${(cleaned.bytes / 2 ** 20).toFixed(1)} MB); the outputs are the last complete set\n`);
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  return lock;
}
