/** Exit codes of every jamlik command. */
export const EXIT = {
  ok: 0,
  /** The server found bad rows; nothing was written. */
  badRows: 1,
  /** Usage, file or CSV structure problem: nothing was sent. */
  usage: 2,
  /** The server could not be reached or answered a GraphQL error. */
  server: 3,
  /** A bug in jamlik itself. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure: its message is printed as is and the command ends with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.exitCode = exitCode;
    this.name = "CliError";
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}
