/** Where PGlite keeps its files inside a data directory, and whether they have been made. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const pgdataIn = (root: string): string => resolve(root, "pgdata");

/** A pgdata with PG_VERSION is whole: a new one is made aside and renamed into place (pglite-template.ts). */
export const isInitialised = (pgdata: string): boolean => existsSync(resolve(pgdata, "PG_VERSION"));
