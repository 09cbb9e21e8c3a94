/**
 * @limber/server/prestart: what `npm start` runs before the server's bundle has loaded (scripts/start.mjs),
 * kept apart from the package's index so that loading it does not load the server.
 */
export { storageFrom } from "./config/storage-location";
export { prestartStore } from "./storage/pglite-prestart";
