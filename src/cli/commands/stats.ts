/**
 * `shiting-kg stats <graph.json>`: counts by type and the most connected entities.
 */
import { CliError } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadGraph } from '../load-graph.js';
import { formatSummary } from '../summary.js';

/** Run `stats` and return the exit code. */
export async function statsCommand(graphFile: string, options: { json?: boolean; top?: string }, io: CliIO): Promise<number> {
  const kg = await loadGraph(graphFile, io.cwd);
  if (options.top !== undefined && !/^\d+$/.test(options.top.trim())) throw new CliError(`--top: expected a whole number ≥ 0, got "${options.top}"`);
  const top = options.top === undefined ? 10 : Number(options.top);
  const summary = kg.summarize(top);
  io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return 0;
}
