/**
 * Starts a server in a child process and times it from spawn to the first successful /readyz, the moment a
 * person could use it. Reads the URL the server prints; reads resident memory from /proc.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const URL_PATTERN = /https?:\/\/[^\s"'`,)]+/;

export type ChildServer = {
  readonly url: string;
  readonly readyMs: number;
  readonly pid: number;
  /** Resident set size in MiB, from /proc (Linux). */
  rssMiB(): number;
  stop(): Promise<void>;
};

function toLoopback(url: string): string {
  const parsed = new URL(url);
  if (["0.0.0.0", "[::]", "localhost"].includes(parsed.hostname)) parsed.hostname = "127.0.0.1";
  return parsed.origin;
}

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function startChildServer(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): Promise<ChildServer> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
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
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (url !== undefined && (await ready(url))) {
      const readyMs = performance.now() - started;
      const pid = child.pid ?? -1;
      const readyUrl = url;
      return {
        url: readyUrl,
        readyMs,
        pid,
        rssMiB() {
          const status = readFileSync(`/proc/${pid}/status`, "utf8");
          const kib = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
          return kib / 1024;
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
