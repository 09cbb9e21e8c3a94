/** The benchmark's verdicts and its printed table: goals from the issue, figures from this run. */
import { cpus } from "node:os";
import type { CpuPerRequest } from "./cpu-time";
import type { LoadFigures } from "./load";
import type { StartupFigures } from "./startup";

/** A route's load figures and the CPU time each request cost. */
export type MeasuredLoad = LoadFigures & { readonly cpuPerRequest: CpuPerRequest };
export type RouteFigures = MeasuredLoad & { readonly ratioToBare: number };
export type BackendFigures = {
  readonly startup: StartupFigures;
  readonly rssMiB: { readonly idle: number; readonly afterLoad: number };
  readonly routes: Record<string, RouteFigures>;
};
export type Goal = { readonly goal: string; readonly measured: string; readonly met: boolean };

/** The stored assessment of a typical journal (126 events). */
export const STORED_ASSESSMENT = "GET /api/journal/assessment";
/** Journal writes from as many people as connections, one session cookie after another. */
export const MANY_PEOPLE_WRITE = "POST /api/journal/events (many people)";
/** Journal writes from one person on every connection. */
export const ONE_PERSON_WRITE = "POST /api/journal/events (one person)";

/** Who is signed in, asked by every app start: many people, one session cookie after another. */
export const SESSION_STATE = "GET /api/auth/session (many people)";

/** Issue 19's goals for this 2-core machine, each against the bare route measured in the same run. */
const ROUTE_GOALS: readonly { route: string; ratio: number; p99Ms?: number }[] = [
  { route: STORED_ASSESSMENT, ratio: 0.1, p99Ms: 25 },
  { route: MANY_PEOPLE_WRITE, ratio: 0.25, p99Ms: 25 },
  { route: ONE_PERSON_WRITE, ratio: 0.1 },
];
const READY_EXISTING_GOAL_MS = 1_000;
const READY_FRESH_GOAL_MS = 1_500;

export function goals(backends: Record<string, BackendFigures>, connections: number): Goal[] {
  const list: Goal[] = [];
  for (const [name, figures] of Object.entries(backends)) {
    for (const target of ROUTE_GOALS) {
      const route = figures.routes[target.route];
      if (route === undefined) continue;
      list.push({
        goal: `${name}: ${target.route} >= ${target.ratio}x bare`,
        measured: `${route.ratioToBare.toFixed(3)}x`,
        met: route.ratioToBare >= target.ratio,
      });
      if (target.p99Ms !== undefined) {
        list.push({
          goal: `${name}: ${target.route} p99 <= ${target.p99Ms} ms at ${connections} connections`,
          measured: `${route.p99Ms} ms`,
          met: route.p99Ms <= target.p99Ms,
        });
      }
    }
    list.push({
      goal: `${name}: npm start ready <= ${READY_EXISTING_GOAL_MS} ms on existing data`,
      measured: `${figures.startup.existingMs.toFixed(0)} ms (median)`,
      met: figures.startup.existingMs <= READY_EXISTING_GOAL_MS,
    });
    list.push({
      goal: `${name}: npm start ready <= ${READY_FRESH_GOAL_MS} ms on fresh data`,
      measured: `${figures.startup.freshMs.toFixed(0)} ms (median)`,
      met: figures.startup.freshMs <= READY_FRESH_GOAL_MS,
    });
  }
  return list;
}

export function printReport(
  bare: MeasuredLoad,
  backends: Record<string, BackendFigures>,
  goalList: Goal[],
): void {
  const rows: string[][] = [
    [
      "server",
      "route",
      "req/s",
      "p50 ms",
      "p99 ms",
      "x bare",
      "non-2xx",
      "errors",
      "CPU us: server/db/client",
    ],
  ];
  const cpu = ({ serverUs, databaseUs, clientUs }: CpuPerRequest) =>
    [serverUs, databaseUs, clientUs].map((us) => (us === null ? "-" : us.toFixed(0))).join("/");
  const row = (server: string, route: string, f: MeasuredLoad, ratio: number) =>
    rows.push([
      server,
      route,
      f.requestsPerSecond.toFixed(0),
      String(f.p50Ms),
      String(f.p99Ms),
      ratio.toFixed(3),
      String(f.non2xx),
      String(f.errors),
      cpu(f.cpuPerRequest),
    ]);
  row("bare fastify", "GET /hello", bare, 1);
  for (const [name, figures] of Object.entries(backends)) {
    for (const [route, f] of Object.entries(figures.routes)) row(`limber ${name}`, route, f, f.ratioToBare);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((r) => (r[column] ?? "").length))) ?? [];
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
  console.log("");
  for (const [name, { startup, rssMiB }] of Object.entries(backends)) {
    const samples = (values: number[]) => values.map((v) => v.toFixed(0)).join("/");
    console.log(
      `limber ${name}: ready ${startup.freshMs.toFixed(0)} ms fresh (${samples(startup.freshSamplesMs)}), ` +
        `${startup.existingMs.toFixed(0)} ms existing (${samples(startup.existingSamplesMs)}); ` +
        `RSS ${rssMiB.idle.toFixed(0)} MiB idle, ${rssMiB.afterLoad.toFixed(0)} MiB after load`,
    );
  }
  // What the two cores allow: at the write goal's rate, every process together gets this much CPU per write.
  const writeGoal = ROUTE_GOALS.find((goal) => goal.route === MANY_PEOPLE_WRITE);
  if (writeGoal) {
    const rate = writeGoal.ratio * bare.requestsPerSecond;
    console.log(
      `${writeGoal.ratio}x bare is ${rate.toFixed(0)} writes/s: ${cpus().length} cores allow at most ` +
        `${((cpus().length * 1e6) / rate).toFixed(0)} us of CPU per write for server, database and client together`,
    );
  }
  console.log("");
  for (const goal of goalList)
    console.log(`${goal.met ? "met    " : "NOT MET"}  ${goal.goal}: ${goal.measured}`);
}
