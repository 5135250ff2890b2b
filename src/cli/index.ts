/**
 * Entry point of the `shiting-kg` command (built to dist/cli.js).
 */
import { removePendingTemporaries } from '../7-export/write.js';
import { run } from './program.js';

// Ctrl-C: outputs are written to temporary files and renamed, so earlier outputs are still whole;
// take away the temporary files of writes under way and stop.
process.once('SIGINT', () => {
  removePendingTemporaries();
  process.stderr.write('shiting-kg: interrupted; earlier outputs are left as they were\n');
  process.exit(130);
});

// `shiting-kg … | head`: the reader went away; stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv);
