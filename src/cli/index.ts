/**
 * Entry point of the `shiting-kg` command (built to dist/cli.js).
 */
import './signals.js';
import { run } from './program.js';

// `shiting-kg … | head`: the reader went away; stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv);
