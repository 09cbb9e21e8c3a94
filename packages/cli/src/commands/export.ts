/** `limber export --user EMAIL [--fhir] [--data DIR]`: one person's whole record as JSON or a FHIR R4 Bundle. */
import { findAccountByEmail, normalizeEmail, readPersonRecord, toFhirExport } from "@limber/server";
import { writeJson } from "../io";
import { EXIT, UsageError } from "../usage-error";
import { parseOptions } from "./arguments";
import type { Command } from "./command";
import { openStoreFor } from "./serve";

export const exportCommand: Command = {
  name: "export",
  summary: "one person's whole record as JSON (or a FHIR R4 Bundle with --fhir)",
  async run(args, io) {
    const options = parseOptions(args, ["user", "data"], ["fhir"]);
    if (typeof options.user !== "string") throw new UsageError("--user EMAIL is required");
    const store = await openStoreFor(
      "export",
      io,
      typeof options.data === "string" ? options.data : undefined,
    );
    if (!store) return EXIT.failure;
    try {
      const account = await findAccountByEmail(store.database, normalizeEmail(options.user));
      if (!account) throw new UsageError(`no account has the email ${options.user}`);
      const record = await readPersonRecord(store.database, account.id, new Date(io.clock.wallNow()));
      if (!record) throw new UsageError(`no account has the email ${options.user}`);
      writeJson(io, options.fhir ? toFhirExport(record) : record);
      return EXIT.ok;
    } finally {
      await store.database.close();
    }
  },
};
