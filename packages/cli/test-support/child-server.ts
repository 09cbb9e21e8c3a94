/**
 * The one way the tests, the browser tests and the benchmarks start a server in a child process: `limber
 * serve` by default (or another script, for a benchmark's baseline), read the URL it prints, and resolve once
 * that URL answers /readyz, the moment a person could use it. The child's DATABASE_URL is only ever the one
 * given here, never whatever the shell holds, so a test meant for PGlite never writes to a shared database.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The `limber` command of this checkout. */
export const CLI_BIN = fileURLToPath(new URL("../bin/limber.js", import.meta.url));
// `limber serve` prints the address it listens on; the first http URL on stdout or stderr is the one.
// Only a local address: a web build run first by `npm start` prints links of its own (https://rolldown.rs/...).
const URL_PATTERN = /https?:\/\/(?:127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1?\]):\d+/;

export type ChildServerOptions = {
  /** What node runs; default `limber serve --port 0` (with `--data dataDir` when given). */
  readonly args?: readonly string[];
  /** PGlite data directory for `limber serve`; ignored by the server when `databaseUrl` is given. */
  readonly dataDir?: string;
  /** A PostgreSQL URL, passed as DATABASE_URL. */
  readonly databaseUrl?: string;
  /** Set over this process's environment (DATABASE_URL aside). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly readyTimeoutMs?: number;
};

export type ChildServer = {
  /** Where to connect: a wildcard listen address (0.0.0.0, [::]) becomes 127.0.0.1. */
  readonly url: string;
  /** From spawn to the first successful /readyz. */
  readonly readyMs: number;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process wrote so far, for failure messages. */
  output(): string;
  /** Resident set size in MiB, from /proc (Linux). */
  rssMiB(): number;
  /** SIGKILL: no shutdown hooks, no flush; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
};

export function toLoopback(url: string): string {
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
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Spawns the child without waiting for it; both output streams are piped (read them, or they fill up). */
export function spawnChildServer(options: ChildServerOptions = {}): ChildProcess {
  const args = options.args ?? [
    CLI_BIN,
    "serve",
    "--port",
    "0",
    ...(options.dataDir === undefined ? [] : ["--data", options.dataDir]),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.DATABASE_URL;
  if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
  return spawn(process.execPath, args, {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
}

/** Starts the server and SIGKILLs it after `afterMs`, ready or not (a crash during start-up). */
export async function killDuringStart(options: ChildServerOptions, afterMs: number): Promise<void> {
  const child = spawnChildServer(options);
  child.stdout?.resume();
  child.stderr?.resume();
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill("SIGKILL");
  await exited(child);
}

export async function startChildServer(options: ChildServerOptions = {}): Promise<ChildServer> {
  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const started = performance.now();
  const child = spawnChildServer(options);
  let output = "";
  let url: string | undefined;
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    const match = url === undefined ? URL_PATTERN.exec(output) : null;
    if (match) url = toLoopback(match[0]);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before ready:\n${output}`);
    }
    if (url !== undefined && (await isReady(url))) {
      const readyMs = performance.now() - started;
      const pid = child.pid ?? -1;
      return {
        url,
        readyMs,
        pid,
        child,
        output: () => output,
        rssMiB() {
          const status = readFileSync(`/proc/${pid}/status`, "utf8");
          const kib = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
          return kib / 1024;
        },
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
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill("SIGKILL");
  await exited(child);
  throw new Error(`server not ready within ${timeoutMs} ms:\n${output}`);
}
