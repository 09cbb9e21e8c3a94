/**
 * CPU time while a route is under load, from Linux's /proc: the server's processes (every thread, so
 * PGlite's too), PostgreSQL's processes on this machine, and this process, which runs autocannon. Divided by
 * the requests answered, it says where a request's cost goes, and how far two cores can go at all.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Linux counts utime and stime in clock ticks of 1/USER_HZ s; USER_HZ is 100 on every Linux platform. */
const TICKS_PER_MS = 0.1;

/** utime + stime of one process, in ms; 0 once it has gone. */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
  } catch {
    return 0;
  }
}

/** The process and every process below it (`npm start`'s script may hand over to a child). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    const listed = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).trim();
    children = listed === "" ? [] : listed.split("\n").map(Number);
  } catch {
    // pgrep exits 1 when there are none
  }
  return [pid, ...children.flatMap(processTree)];
}

function postgresPids(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    });
}

export type CpuPerRequest = {
  /** The server's processes, µs per request. */
  readonly serverUs: number;
  /** PostgreSQL's processes on this machine, µs per request; null when the server uses PGlite (in serverUs). */
  readonly databaseUs: number | null;
  /** This process (autocannon), µs per request. */
  readonly clientUs: number;
};

/** CPU ms of each process, by pid. */
const cpuByPid = (pids: readonly number[]) => new Map(pids.map((pid) => [pid, processCpuMs(pid)]));

/**
 * CPU ms used since `before` by the processes alive now: a process started meanwhile counts from its start;
 * one that ended meanwhile (a pool connection closed) is left out, since its last figures are gone.
 */
function usedSince(before: ReadonlyMap<number, number>, now: ReadonlyMap<number, number>): number {
  let used = 0;
  for (const [pid, ms] of now) used += Math.max(0, ms - (before.get(pid) ?? 0));
  return used;
}

/** Starts counting; the returned function stops and divides by the requests answered meanwhile. */
export function countCpu(serverPid: number, withPostgres: boolean): (requests: number) => CpuPerRequest {
  const server = processTree(serverPid);
  const serverBefore = cpuByPid(server);
  const databaseBefore = cpuByPid(withPostgres ? postgresPids() : []);
  const clientBefore = process.cpuUsage();
  return (requests) => {
    const client = process.cpuUsage(clientBefore);
    const perRequest = (ms: number) => (ms * 1000) / Math.max(1, requests);
    return {
      serverUs: perRequest(usedSince(serverBefore, cpuByPid(server))),
      databaseUs: withPostgres ? perRequest(usedSince(databaseBefore, cpuByPid(postgresPids()))) : null,
      clientUs: (client.user + client.system) / Math.max(1, requests),
    };
  };
}
