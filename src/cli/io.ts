/**
 * Where the CLI reads and writes: the process by default, a capture in tests.
 */

export interface CliIO {
  /** Write text to standard output. */
  stdout(text: string): void;
  /** Write text to standard error. */
  stderr(text: string): void;
  /** The stderr stream for the progress bar, when it is an interactive terminal; otherwise undefined. */
  progressStream?: NodeJS.WritableStream;
  /** Directory relative paths are resolved against and document ids are relative to. */
  cwd: string;
}

/** The IO of the running process. */
export function processIO(): CliIO {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
  if (process.stderr.isTTY) io.progressStream = process.stderr;
  return io;
}
