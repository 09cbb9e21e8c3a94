/** Starts the real `limber serve` on an ephemeral port with a throwaway data directory. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "./web-build";

export type RunningServer = {
  readonly url: string;
  readonly stop: () => Promise<void>;
};

const STARTUP_LIMIT_MS = 60_000;
// `limber serve` prints the address it listens on; the first http URL on stdout or stderr is the one.
const URL_PATTERN = /https?:\/\/[^\s"']+:\d+/;

function waitForUrl(child: ChildProcess, transcript: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`limber serve printed no URL in ${STARTUP_LIMIT_MS} ms:\n${transcript()}`)),
      STARTUP_LIMIT_MS,
    );
    const look = (chunk: Buffer) => {
      const match = URL_PATTERN.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        // 0.0.0.0 or [::] is where it listens, not where to connect.
        const url = new URL(match[0]);
        if (["0.0.0.0", "[::]", "localhost"].includes(url.hostname)) url.hostname = "127.0.0.1";
        resolve(url.origin);
      }
    };
    child.stdout?.on("data", look);
    child.stderr?.on("data", look);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`limber serve exited ${code} before listening:\n${transcript()}`));
    });
  });
}

async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    try {
      const response = await fetch(new URL("/readyz", url));
      if (response.ok) return;
    } catch {
      // not accepting connections yet
    }
    if (Date.now() > deadline) throw new Error(`limber serve at ${url} never became ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `webDist`: the built web app to serve (LIMBER_WEB_DIST). */
export async function startServer(webDist: string): Promise<RunningServer> {
  const dataDirectory = await mkdtemp(join(tmpdir(), "limber-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LIMBER_WEB_DIST: webDist };
  // The browser tests use the embedded PGlite store in a throwaway directory, whatever the shell says.
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ["packages/cli/bin/limber.js", "serve", "--port", "0", "--data", dataDirectory],
    {
      cwd: REPOSITORY_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env,
    },
  );
  let transcript = "";
  child.stdout.on("data", (chunk: Buffer) => {
    transcript += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    transcript += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(forced);
    }
    await rm(dataDirectory, { recursive: true, force: true });
  };
  try {
    const url = await waitForUrl(child, () => transcript);
    await waitUntilReady(url);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
