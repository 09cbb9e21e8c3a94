/** What every route may use: the store, the settings and the clock. Decorated on the Fastify instance. */
import type { ServerSettings } from "./config/settings";
import type { Database } from "./storage/database";

export type Services = {
  readonly database: Database;
  readonly settings: ServerSettings;
  /** The current time; injectable so tests can move through session timeouts exactly. */
  readonly now: () => Date;
};
