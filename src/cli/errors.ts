/** An error the CLI reports as one `shiting-kg: …` line on stderr, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message.startsWith('shiting-kg: ') ? message : `shiting-kg: ${message}`);
    this.name = 'CliError';
  }
}

/** The message of anything thrown, prefixed `shiting-kg: ` once. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('shiting-kg: ') ? message : `shiting-kg: ${message}`;
}
