/**
 * `limber serve`'s options, read one way both by serve and by `npm start`, which begins opening the store
 * before it has loaded the server (serve-prestart.ts): the two must never disagree about the directory,
 * which each then resolves with the server's own storageFrom.
 */
import { parseOptions } from "./arguments";

/** Throws UsageError for an unknown option or a missing value. */
export const serveOptions = (args: readonly string[]) => parseOptions(args, ["port", "host", "data"]);

/** The `--data` directory, if given. */
export const dataOption = (options: Record<string, string | true>): string | undefined =>
  typeof options.data === "string" ? options.data : undefined;
