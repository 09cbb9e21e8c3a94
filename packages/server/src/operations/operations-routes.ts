/** Liveness and readiness for operators and load balancers. */
import { sql } from "kysely";
import { ApiError } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { isMigrated } from "../storage/migrate";

export const OPERATIONS_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/healthz",
    tag: "operations",
    summary: "The process is up (and its embedded database has not given up reopening)",
    access: "public",
    responses: { 200: { description: "Up" }, 503: { description: "Down until restarted" } },
    async handle({ services }) {
      // Past the cap on restarts of PGlite's thread only a restart of the process helps: say so to its
      // supervisor. While the data is being opened again the process is still alive (only /readyz fails).
      if (services.database.availability?.() === "down") throw new ApiError("unavailable");
      return { status: 200, body: { status: "ok" } };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/readyz",
    tag: "operations",
    summary: "The database is reachable and migrated",
    access: "public",
    responses: { 200: { description: "Ready" }, 503: { description: "Not ready" } },
    async handle({ services }) {
      // While PGlite's data is being opened again (or for good not), no query is tried.
      if ((services.database.availability?.() ?? "open") !== "open") throw new ApiError("unavailable");
      try {
        await sql`SELECT 1`.execute(services.database.db);
        if (!(await isMigrated(services.database))) throw new ApiError("unavailable");
      } catch {
        throw new ApiError("unavailable");
      }
      return { status: 200, body: { status: "ready", storage: services.database.kind } };
    },
  }),
];
