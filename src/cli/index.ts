/**
 * Entry point of the `shiting-kg` command (built to dist/cli.js).
 */
import { run } from './program.js';

process.exitCode = await run(process.argv);
