/**
 * `shiting-kg query <graph.json> <query> <args…>`: run one query on a saved graph.
 */
import { CliError } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadGraph } from '../load-graph.js';
import { parseMinConfidence } from '../min-confidence.js';
import { formatTable } from '../table.js';
import { QUERIES, type QueryOptions } from './queries.js';

export interface QueryCommandOptions extends QueryOptions {
  json?: boolean;
  /** `--min-confidence`: the query sees only the entities and relations of this confidence or more. */
  minConfidence?: string;
}

/** Usage lines of every query. */
export function queryUsage(): string {
  return Object.entries(QUERIES)
    .map(([name, spec]) => `  ${[name, ...spec.args.map((a) => `<${a}>`)].join(' ').padEnd(32)} ${spec.description}`)
    .join('\n');
}

/** Run `query` and return the exit code. */
export async function queryCommand(graphFile: string, name: string, args: string[], options: QueryCommandOptions, io: CliIO): Promise<number> {
  const spec = Object.prototype.hasOwnProperty.call(QUERIES, name) ? QUERIES[name] : undefined;
  if (spec === undefined) throw new CliError(`unknown query "${name}"; queries:\n${queryUsage()}`);
  if (args.length !== spec.args.length) {
    throw new CliError(`query ${name} takes ${spec.args.map((a) => `<${a}>`).join(' ') || 'no arguments'}, got ${args.length} argument(s)`);
  }
  const min = parseMinConfidence(options.minConfidence);
  const loaded = await loadGraph(graphFile, io.cwd);
  const kg = min === undefined ? loaded : loaded.withMinConfidence(min);
  const output = spec.run(kg, args, options);
  if (options.json) io.stdout(`${JSON.stringify(output.result, null, 2)}\n`);
  else if (output.rows.length === 0) io.stdout('(no results)\n');
  else io.stdout(formatTable(output.headers, output.rows));
  return 0;
}
