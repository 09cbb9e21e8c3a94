import type { CommandIO } from "../io";

/** One `limber` subcommand. `run` resolves to the exit code; throw UsageError for bad input. */
export type Command = {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[], io: CommandIO): Promise<number>;
};
