/**
 * Runs the real `limber serve` in a child process, as a person would, for the tests that need a process to
 * kill or two processes to share a database. Resolves once the printed URL answers /readyz.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI_BIN = fileURLToPath(new URL("../../../cli/bin/limber.js", import.meta.url));
const URL_PATTERN = /https?:\/\/[^\s"'`,)]+/;

export type ServeOptions = {
  /** PGlite data directory; ignored by the server when `databaseUrl` is given. */
  readonly dataDir?: string;
  /** A PostgreSQL URL, passed as DATABASE_URL. */
  readonly databaseUrl?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly readyTimeoutMs?: number;
};

export type ServeProcess = {
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process wrote so far, for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hooks, no flush; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
};

function toLoopback(url: string): string {
  const parsed = new URL(url);
  if (["0.0.0.0", "[::]", "localhost", "::"].includes(parsed.hostname)) parsed.hostname = "127.0.0.1";
  return parsed.origin;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function spawnServe(options: ServeOptions): ChildProcess {
  const args = [CLI_BIN, "serve", "--port", "0"];
  if (options.dataDir !== undefined) args.push("--data", options.dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.DATABASE_URL;
  if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
  return spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
}

/** Starts `limber serve` and SIGKILLs it after `afterMs`, ready or not (a crash during start-up). */
export async function killDuringStart(options: ServeOptions, afterMs: number): Promise<void> {
  const child = spawnServe(options);
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill("SIGKILL");
  await exited(child);
}

export async function startServe(options: ServeOptions): Promise<ServeProcess> {
  const child = spawnServe(options);
  let output = "";
  let url: string | undefined;
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    const match = url === undefined ? URL_PATTERN.exec(output) : null;
    if (match) url = toLoopback(match[0]);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`limber serve exited (${child.exitCode ?? child.signalCode}) before ready:\n${output}`);
    }
    if (url !== undefined && (await isReady(url))) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (url === undefined || !(await isReady(url))) {
    child.kill("SIGKILL");
    await exited(child);
    throw new Error(`limber serve was not ready within the timeout:\n${output}`);
  }
  const readyUrl = url;
  return {
    url: readyUrl,
    pid: child.pid ?? -1,
    child,
    output: () => output,
    async kill() {
      child.kill("SIGKILL");
      await exited(child);
    },
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
