/** The `limber` command: parses the command name, runs it, maps its outcome to an exit code once. */
import { systemClock } from "@limber/core/clock";
import { discardPrestartedPglite } from "@limber/server";
import { COMMANDS } from "./commands";
import { commandHelp, overviewHelp } from "./help";
import type { CommandIO } from "./io";
import { EXIT, UsageError } from "./usage-error";

const HELP_FLAGS = new Set(["--help", "-h"]);
const names = () => COMMANDS.map((c) => c.name).join(", ");

export async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === "help" || (name !== undefined && HELP_FLAGS.has(name))) {
    const topic = args[0];
    if (topic === undefined) {
      io.stdout.write(overviewHelp(COMMANDS));
      return EXIT.ok;
    }
    if (!COMMANDS.some((command) => command.name === topic)) {
      io.stderr.write(`limber help: no command "${topic}"; try one of: ${names()}\n`);
      return EXIT.badInput;
    }
    io.stdout.write(commandHelp(topic));
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command && args.some((arg) => HELP_FLAGS.has(arg))) {
    io.stdout.write(commandHelp(command.name));
    return EXIT.ok;
  }
  try {
    if (!command) {
      throw new UsageError(
        name === undefined
          ? `no command given; try one of: ${names()} (limber help shows examples)`
          : `unknown command "${name}"; try one of: ${names()} (limber help shows examples)`,
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

/**
 * A reader that stops early (`limber trace | head -1`) closes the pipe: that is not a failure, so the
 * command ends quietly with exit 0. A server keeps running; its one stdout line was already read.
 */
function quietOnClosedPipe(command: string | undefined): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    if (command !== "serve") process.exit(EXIT.ok);
  });
}

/** The process entry point (bin/limber.js): real streams and clock. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  quietOnClosedPipe(argv[0]);
  // Long-running commands (serve) resolve only when they are done; set the code and let Node exit naturally.
  process.exitCode = await run(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    clock: systemClock,
  });
  // A store `npm start` began opening that the command never took (it failed first): closed, lock released.
  await discardPrestartedPglite();
}
