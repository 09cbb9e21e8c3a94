/** Small, strict argument parsing: unknown flags are errors, never ignored. */
import { UsageError } from "../usage-error";

export function singleFileArgument(args: readonly string[]): string | undefined {
  const flags = args.filter((arg) => arg.startsWith("-") && arg !== "-");
  if (flags.length > 0)
    throw new UsageError(`unknown option ${flags[0]}; this command takes only an optional FILE`);
  if (args.length > 1) throw new UsageError(`expected at most one FILE, got ${args.length}`);
  return args[0];
}

/** Parses `--name value` / `--name=value` options; `allowed` lists the names, `flags` the ones without a value. */
export function parseOptions(
  args: readonly string[],
  allowed: readonly string[],
  flags: readonly string[] = [],
): Record<string, string | true> {
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const name = match[1] as string;
    if (!allowed.includes(name) && !flags.includes(name)) {
      throw new UsageError(
        `unknown option --${name}; expected ${[...allowed, ...flags].map((o) => `--${o}`).join(", ")}`,
      );
    }
    if (flags.includes(name)) {
      options[name] = true;
      continue;
    }
    const value = match[2] ?? args[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return options;
}
