// After `npm install`: build the web app and the CLI bundle now, so the first `npm start` prints its URL at
// once instead of building first. Never fails the install: `npm start` builds whatever is still missing.
import { buildWebApp, serverBundle } from "./app-build.mjs";

try {
  buildWebApp();
  await serverBundle();
} catch (error) {
  console.error(`limber: not built ahead (${error.message}); npm start will build it.`);
}
