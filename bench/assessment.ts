/**
 * `npm run bench:assessment`: the core's journal assessment on a typical journal (60 days, 126 events), per
 * call, in this process, with tinybench. The baseline, measured in the same run, is the least any caller
 * does with such a journal: one structured copy of it. The goal is for the trusted path (`assessTrusted`:
 * stored events, validated when they were written, timed, sorted and assessed); the validating path
 * (`assessJournal`, for untrusted input) is measured beside it. Prints a table and writes
 * bench/results/assessment.json with the load average. A benchmark, never a test: the goal is reported, not asserted.
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { assess, assessJournal, assessTrusted, parseJournalInput } from "@limber/core/journal/assess";
import type { JournalEvent } from "@limber/core/journal/events";
import { Bench } from "tinybench";
import { typicalJournal } from "./api/limber-session";

const RESULTS = fileURLToPath(new URL("results/assessment.json", import.meta.url));
/** Issue 19: the whole assessment of 126 events in at most 50 us a call on this machine. */
const GOAL_US = 50;
const JOURNAL_DAYS = 60;

const nowMs = Date.now();
const input = {
  timeZone: "Europe/London",
  now: new Date(nowMs).toISOString(),
  events: typicalJournal(JOURNAL_DAYS, nowMs),
};
const parsed = parseJournalInput(input);
if (!parsed.ok) throw new Error(`the benchmark's journal is not valid: ${JSON.stringify(parsed.issues)}`);
const context = parsed.value;
// What a store hands the trusted path: its rows as written (validated then), newest first to make it sort.
const stored = { timeZone: input.timeZone, nowMs, events: [...(input.events as JournalEvent[])].reverse() };
// Keeps each result alive, so the engine cannot drop a call whose answer is never read.
let sink: unknown;

const bench = new Bench({ time: 2_000, warmupTime: 500 });
bench
  .add("baseline: structuredClone of the journal", () => {
    sink = structuredClone(input);
  })
  .add("assessTrusted (stored rows: time, sort, rules)", () => {
    sink = assessTrusted(stored);
  })
  .add("assessJournal (validate + rules)", () => {
    sink = assessJournal(input);
  })
  .add("parseJournalInput (validate only)", () => {
    sink = parseJournalInput(input);
  })
  .add("assess (rules only, validated journal)", () => {
    sink = assess(context);
  });

await bench.run();
if (sink === undefined) throw new Error("no result was kept");

type Row = {
  task: string;
  medianUs: number;
  meanUs: number;
  p99Us: number;
  samples: number;
  ratioToBaseline: number;
};
/** The median call: on a shared machine the mean also counts the time slices other processes take. */
const medianMs = (samples: readonly number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;
const baselineUs = medianMs(bench.tasks[0]?.result?.samples ?? []) * 1_000;
const rows: Row[] = bench.tasks.map((task) => {
  const result = task.result;
  if (!result) throw new Error(`${task.name} did not run`);
  const medianUs = medianMs(result.samples) * 1_000;
  return {
    task: task.name,
    medianUs: round(medianUs),
    meanUs: round(result.mean * 1_000),
    p99Us: round(result.p99 * 1_000),
    samples: result.samples.length,
    ratioToBaseline: round(medianUs / baselineUs),
  };
});

const whole = rows.find((row) => row.task.startsWith("assessTrusted"));
const goal = {
  goal: `assessTrusted of ${input.events.length} stored events <= ${GOAL_US} us a call`,
  measured: `${whole?.medianUs} us (median; mean ${whole?.meanUs} us)`,
  met: whole !== undefined && whole.medianUs <= GOAL_US,
};
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? "unknown",
  loadAverage1m: loadavg()[0] ?? 0,
};

console.log(
  `\nJournal assessment, ${input.events.length} events, Node ${process.version}, load ${machine.loadAverage1m.toFixed(2)}`,
);
console.table(rows);
console.log(`${goal.met ? "met" : "NOT MET"}: ${goal.goal}: ${goal.measured}`);
writeFileSync(
  RESULTS,
  `${JSON.stringify({ finishedAt: new Date().toISOString(), node: process.version, machine, events: input.events.length, rows, goal }, null, 2)}\n`,
);
console.log(`written to ${RESULTS}`);

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
