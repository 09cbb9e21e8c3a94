/**
 * The start script's first step (scripts/start.mjs), bundled apart from the CLI so that it runs before the
 * server's bundle has loaded: begins opening the store `limber serve ARGS` is about to use (issue 19).
 */
import { prestartStore, storageFrom } from "@limber/server/prestart";
import { dataOption, serveOptions } from "./commands/serve-store";

export async function prestartServe(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  let options: ReturnType<typeof serveOptions>;
  try {
    options = serveOptions(args);
  } catch {
    return; // serve says what is wrong with its arguments
  }
  await prestartStore(storageFrom(env, dataOption(options)));
}
