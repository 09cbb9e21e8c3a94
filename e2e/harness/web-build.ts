/** Builds the production web app once, the way `limber serve` will serve it. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs a command from the repository root; rejects with the tail of its output when it fails. */
export function runCommand(
  command: string,
  args: readonly string[],
  cwd = REPOSITORY_ROOT,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Builds the web app into `outDir` (a temporary directory, so a build another engineer starts in
 * packages/web/dist cannot empty it under a running test); `limber serve` is pointed at it with LIMBER_WEB_DIST.
 * NODE_ENV is forced: Vitest sets it to "test", which would make Vite build a non-production app (no
 * service worker).
 */
export async function buildWeb(outDir: string): Promise<void> {
  await runCommand(
    "npm",
    [
      "run",
      "--silent",
      "build",
      "-w",
      "@limber/web",
      "--",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--logLevel",
      "warn",
    ],
    REPOSITORY_ROOT,
    { ...process.env, NODE_ENV: "production" },
  );
}
