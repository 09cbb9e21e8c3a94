/** Starts the real `limber serve` on an ephemeral port with a throwaway data directory. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startChildServer } from "../../packages/cli/test-support/child-server";
import { REPOSITORY_ROOT } from "./web-build";

export type RunningServer = {
  readonly url: string;
  readonly stop: () => Promise<void>;
};

const STARTUP_LIMIT_MS = 60_000;

/** `webDist`: the built web app to serve (LIMBER_WEB_DIST). */
export async function startServer(webDist: string): Promise<RunningServer> {
  const dataDirectory = await mkdtemp(join(tmpdir(), "limber-e2e-"));
  const removeData = () => rm(dataDirectory, { recursive: true, force: true });
  try {
    // The browser tests use the embedded PGlite store in a throwaway directory, whatever the shell says
    // (the helper passes no DATABASE_URL unless asked to).
    const server = await startChildServer({
      dataDir: dataDirectory,
      cwd: REPOSITORY_ROOT,
      env: { NODE_ENV: "production", LIMBER_WEB_DIST: webDist },
      readyTimeoutMs: STARTUP_LIMIT_MS,
    });
    return {
      url: server.url,
      async stop() {
        await server.stop();
        await removeData();
      },
    };
  } catch (error) {
    await removeData();
    throw error;
  }
}
