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
    summary: "The process is up",
    access: "public",
    responses: { 200: { description: "Up" } },
    handle: async () => ({ status: 200, body: { status: "ok" } }),
  }),
  defineRoute({
    method: "GET",
    url: "/readyz",
    tag: "operations",
    summary: "The database is reachable and migrated",
    access: "public",
    responses: { 200: { description: "Ready" }, 503: { description: "Not ready" } },
    async handle({ services }) {
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
