/**
 * A PostgreSQL cluster of the test's own, on a free port, that the test may stop and start again (an
 * outage), started like `.ci/run` does: `initdb` and `pg_ctl` as the `postgres` user.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type ThrowawayPostgres = {
  readonly url: string;
  stop(): void;
  start(): void;
  destroy(): void;
};

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const latest = versions.at(-1);
  if (!latest) throw new Error(`no PostgreSQL binaries under ${root}; install postgresql (see .ci/run)`);
  return join(root, latest, "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), "limber-outage-pg-"));
  chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), 0);
  const asPostgres = (tool: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", join(bin, tool), ...args], { stdio: "ignore" });
  asPostgres("initdb", ["-D", join(dir, "data"), "-U", "postgres", "--auth=trust"]);
  const port = await freePort();
  const pgCtl = (...args: string[]) => asPostgres("pg_ctl", ["-D", join(dir, "data"), "-w", ...args]);
  const start = () =>
    pgCtl("-l", join(dir, "log"), "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`, "start");
  start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      pgCtl("-m", "fast", "stop");
      running = false;
    },
    start() {
      start();
      running = true;
    },
    destroy() {
      if (running) pgCtl("-m", "immediate", "stop");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
