/** The benchmark's verdicts and its printed table: goals from the issue, figures from this run. */
import type { LoadFigures } from "./load";
import type { StartupFigures } from "./startup";

export type RouteFigures = LoadFigures & { readonly ratioToBare: number };
export type BackendFigures = {
  readonly startup: StartupFigures;
  readonly rssMiB: { readonly idle: number; readonly afterLoad: number };
  readonly routes: Record<string, RouteFigures>;
};
export type Goal = { readonly goal: string; readonly measured: string; readonly met: boolean };

const WRITE_ROUTE = "POST /api/journal/events";
/** The goals for this 2-core machine: the journal write against the bare route, and start-up. */
const WRITE_RATIO_GOAL: Record<string, number> = { pglite: 0.1, postgres: 0.15 };
const P99_GOAL_MS = 50;
const READY_EXISTING_GOAL_MS = 1_500;
const READY_FRESH_GOAL_MS = 3_000;

export function goals(backends: Record<string, BackendFigures>, connections: number): Goal[] {
  const list: Goal[] = [];
  for (const [name, figures] of Object.entries(backends)) {
    const write = figures.routes[WRITE_ROUTE];
    if (write !== undefined) {
      const target = WRITE_RATIO_GOAL[name] ?? 0;
      list.push({
        goal: `${name}: journal write >= ${target}x bare`,
        measured: `${write.ratioToBare.toFixed(3)}x`,
        met: write.ratioToBare >= target,
      });
      list.push({
        goal: `${name}: journal write p99 < ${P99_GOAL_MS} ms at ${connections} connections`,
        measured: `${write.p99Ms} ms`,
        met: write.p99Ms < P99_GOAL_MS,
      });
    }
    list.push({
      goal: `${name}: npm start ready < ${READY_EXISTING_GOAL_MS} ms on existing data`,
      measured: `${figures.startup.existingMs.toFixed(0)} ms (median)`,
      met: figures.startup.existingMs < READY_EXISTING_GOAL_MS,
    });
    list.push({
      goal: `${name}: npm start ready < ${READY_FRESH_GOAL_MS} ms on fresh data`,
      measured: `${figures.startup.freshMs.toFixed(0)} ms (median)`,
      met: figures.startup.freshMs < READY_FRESH_GOAL_MS,
    });
  }
  return list;
}

export function printReport(
  bare: LoadFigures,
  backends: Record<string, BackendFigures>,
  goalList: Goal[],
): void {
  const rows: string[][] = [["server", "route", "req/s", "p50 ms", "p99 ms", "x bare", "non-2xx", "errors"]];
  const row = (server: string, route: string, f: LoadFigures, ratio: number) =>
    rows.push([
      server,
      route,
      f.requestsPerSecond.toFixed(0),
      String(f.p50Ms),
      String(f.p99Ms),
      ratio.toFixed(3),
      String(f.non2xx),
      String(f.errors),
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
  console.log("");
  for (const goal of goalList)
    console.log(`${goal.met ? "met    " : "NOT MET"}  ${goal.goal}: ${goal.measured}`);
}
