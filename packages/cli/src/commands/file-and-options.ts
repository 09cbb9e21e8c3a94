/** `COMMAND FILE [--name value]...`: exactly one FILE among the options, for backup and restore. */
import { UsageError } from "../usage-error";
import { parseOptions } from "./arguments";

export function fileAndOptions(args: readonly string[], allowed: readonly string[]) {
  const files: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) files.push(arg);
    else {
      rest.push(arg);
      if (!arg.includes("=") && i + 1 < args.length) rest.push(args[++i] as string);
    }
  }
  const options = parseOptions(rest, allowed);
  if (files.length !== 1) throw new UsageError(`expected one FILE, got ${files.length}`);
  return { file: files[0] as string, options };
}
