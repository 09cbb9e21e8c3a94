/** The `limber` command: parses the command name, runs it, maps its outcome to an exit code once. */
import { COMMANDS } from "./commands";
import type { CommandIO } from "./io";
import { EXIT, UsageError } from "./usage-error";

export async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) {
      throw new UsageError(
        name === undefined || name === "--help" || name === "help"
          ? `usage: limber <${COMMANDS.map((c) => c.name).join("|")}> [options]`
          : `unknown command "${name}"; try one of: ${COMMANDS.map((c) => c.name).join(", ")}`,
      );
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`limber ${name ?? ""}: ${error.message}\n`.replace("limber : ", "limber: "));
      return EXIT.badInput;
    }
    io.stderr.write(`limber ${name}: unexpected failure: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
}

/** The process entry point (bin/limber.js): real streams and clock. */
export async function main(): Promise<void> {
  // Long-running commands (serve) resolve only when they are done; set the code and let Node exit naturally.
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
  });
}
