/**
 * The `shiting-kg` command line: commands wired to commander, with every error reported as one
 * `shiting-kg: …` line on stderr and an exit code (nothing calls `process.exit`).
 */
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json';
import { DRAWN_FORMATS, EXPORT_FORMATS } from '../7-export/index.js';
import { defaultWorkerCount } from '../8-corpus/pool.js';
import { DEFAULT_MAX_INPUT_MB } from '../io/read-text.js';
import { extractCommand, type ExtractCommandOptions } from './commands/extract.js';
import { queryCommand, queryUsage, type QueryCommandOptions } from './commands/query.js';
import { statsCommand } from './commands/stats.js';
import { errorMessage } from './errors.js';
import { processIO, type CliIO } from './io.js';

/** Build the commander program; `setExitCode` receives each action's exit code. */
export function createProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('shiting-kg')
    .description('Knowledge graphs from Chinese online-audiovisual industry news.')
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'shiting-kg: ')),
    });

  program
    .command('extract')
    .description('extract entities and relations; one file without --out prints its JSON to stdout')
    .argument('<inputs...>', '.txt files or directories (searched recursively for .txt)')
    .option('-o, --out <dir>', 'build a graph of all inputs and write the exports to this directory')
    .option('-f, --format <formats>', `comma-separated export formats: ${EXPORT_FORMATS.join(', ')}`, 'json')
    .option('--dict <file>', 'user dictionary (JSON), passed to extract as options.dictionary')
    .option('--title <title>', 'title of the HTML page')
    .option('-w, --workers <n>', 'with --out: worker threads extracting in parallel (0 = on the main thread; at most the cores, and what free memory holds)', String(defaultWorkerCount()))
    .option('--layout', `with --out: compute ForceAtlas2 node positions (the default when a format draws the graph: ${DRAWN_FORMATS.join(', ')})`)
    .option('--no-layout', 'with --out: no node positions (the default for json, csv and neo4j alone); sizes and colours are written either way')
    .option('--timings', 'with --out: print how long each phase took to stderr')
    .option('--max-input-mb <mb>', `largest input file read, in MB (larger ones fail with a message)`, String(DEFAULT_MAX_INPUT_MB))
    .option('--encoding <name>', 'text encoding of the inputs (utf8, utf16le, gb18030 …); detected when absent')
    .option('--graph <file>', 'with --out: add to this graph.json (only texts it does not have, by content) instead of starting anew')
    .option('--min-confidence <c>', 'leave out entities and relations of confidence below c (0–1); not with --graph')
    .action(async (inputs: string[], options: ExtractCommandOptions) => setExitCode(await extractCommand(inputs, options, io)));

  program
    .command('query')
    .description('query a graph.json written by extract')
    .argument('<graph>', 'graph.json')
    .argument('<query>', 'query name (see below)')
    .argument('[args...]', 'query arguments: entity ids, names or aliases')
    .option('--json', 'print the result as JSON')
    .option('--relation <type>', 'neighbors: only this relation type')
    .option('--direction <dir>', 'neighbors: out, in or both', 'both')
    .option('--by <measure>', 'rank: degree or pagerank', 'degree')
    .option('--limit <n>', 'rank: number of entities', '10')
    .option('--min-confidence <c>', 'answer from the entities and relations of confidence c (0–1) or more')
    .option('--at <date>', 'officials-of, positions-of: posts held at this date (2019, 2019-06, 2019-06-03)')
    .addHelpText('after', `\nQueries:\n${queryUsage()}\n`)
    .action(async (graph: string, query: string, args: string[], options: QueryCommandOptions) =>
      setExitCode(await queryCommand(graph, query, args, options, io)),
    );

  program
    .command('stats')
    .description('counts by type and the most connected entities of a graph.json')
    .argument('<graph>', 'graph.json')
    .option('--json', 'print as JSON')
    .option('--top <n>', 'number of top entities', '10')
    .action(async (graph: string, options: { json?: boolean; top?: string }) => setExitCode(await statsCommand(graph, options, io)));

  return program;
}

/**
 * Run the CLI on `argv` (`process.argv` shape: node, script, args…) and return the exit code.
 * Errors are written to `io.stderr` as `shiting-kg: …`.
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr(`${errorMessage(error)}\n`);
    return 1;
  }
}
