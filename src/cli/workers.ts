/**
 * `--workers`: the number asked for, capped at what the machine can run (its cores, and its free
 * memory at what one worker takes with the dictionary), with a line saying so.
 */
import { capWorkers, dictionaryBytes } from '../8-corpus/worker-budget.js';
import { CliError } from './errors.js';
import type { CliIO } from './io.js';

/** The workers to start for `--workers` (undefined: the pool's default), with a message when capped. */
export function workerCount(workers: string | undefined, dictionary: string | undefined, io: CliIO): number | undefined {
  if (workers === undefined) return undefined;
  if (!/^\d+$/.test(workers.trim())) throw new CliError(`--workers: must be a whole number ≥ 0 (0 = extract on the main thread), got "${workers}"`);
  const requested = Number(workers);
  const capped = capWorkers(requested, dictionaryBytes(dictionary));
  if (capped.reason !== undefined) io.stderr(`shiting-kg: --workers ${requested}: using ${capped.workers} (${capped.reason})\n`);
  return capped.workers;
}
