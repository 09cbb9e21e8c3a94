/** `limber migrate [--data DIR]`: applies pending migrations to the store (`limber serve` also does on start). */
import { EXIT } from "../usage-error";
import { parseOptions } from "./arguments";
import type { Command } from "./command";
import { openStoreFor } from "./serve";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "apply pending database migrations (PGlite in ./limber-data, or DATABASE_URL)",
  async run(args, io) {
    const options = parseOptions(args, ["data"]);
    const store = await openStoreFor(
      "migrate",
      io,
      typeof options.data === "string" ? options.data : undefined,
    );
    if (!store) return EXIT.failure;
    await store.database.close();
    const applied = store.applied.length > 0 ? `applied ${store.applied.join(", ")}` : "nothing to apply";
    io.stdout.write(`limber migrate: ${store.database.location} is up to date (${applied})\n`);
    return EXIT.ok;
  },
};
