/**
 * `npm run bench:api`: the HTTP API under load, against a bare Fastify route measured in the same run.
 * Every server runs in its own child process on 127.0.0.1; autocannon drives it from this one. Prints a table
 * and writes bench/results/api.json. With PostgreSQL it also measures a journal of a million events (scale);
 * `--soak` adds a 10-minute mixed workload (bench/results/soak.json). A benchmark, never a test: the goals
 * are reported, not asserted.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startChildServer } from "../packages/cli/test-support/child-server";
import { countCpu } from "./api/cpu-time";
import { freshCheckIn, seedJournal, signUp, signUpMany, typicalJournal } from "./api/limber-session";
import { runLoad } from "./api/load";
import {
  type BackendFigures,
  goals,
  MANY_PEOPLE_WRITE,
  type MeasuredLoad,
  ONE_PERSON_WRITE,
  printReport,
  type RouteFigures,
  SESSION_STATE,
  STORED_ASSESSMENT,
} from "./api/report";
import { runPgliteScale, runScale } from "./api/scale";
import { printScale, printSoak } from "./api/scale-report";
import { runSoak } from "./api/soak";
import { measureStartup, type Store, startLimber } from "./api/startup";
import { openBenchPostgres } from "./api/throwaway-postgres";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** What `npm start` runs (npm's own start-up is not counted): a web build check, then `limber serve`. */
const START_SCRIPT = join(ROOT, "scripts/start.mjs");
const RESULTS = join(ROOT, "bench/results/api.json");
const SOAK_RESULTS = join(ROOT, "bench/results/soak.json");
const CONNECTIONS = Number(process.env.LIMBER_BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LIMBER_BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const JOURNAL_DAYS = 60;
const STARTUP_SAMPLES = Number(process.env.LIMBER_BENCH_STARTUP_SAMPLES ?? 3);

/** Which processes answer: the server's, and PostgreSQL's when it uses PostgreSQL (CPU time per request). */
type Answering = { readonly pid: number; readonly postgres: boolean };

async function measure(
  label: string,
  options: Parameters<typeof runLoad>[0],
  answering: Answering,
): Promise<MeasuredLoad> {
  process.stderr.write(`  ${label}: warm-up ${WARMUP_SECONDS}s, measure ${options.durationSeconds}s\n`);
  await runLoad({ ...options, durationSeconds: WARMUP_SECONDS });
  const stopCounting = countCpu(answering.pid, answering.postgres);
  const figures = await runLoad(options);
  return { ...figures, cpuPerRequest: stopCounting(figures.requests) };
}

async function measureBare(): Promise<{ figures: MeasuredLoad; readyMs: number; rssMiB: number }> {
  const server = await startChildServer({
    args: ["--import", "tsx", join(ROOT, "bench/api/bare-fastify.ts")],
  });
  try {
    const figures = await measure(
      "bare fastify GET /hello",
      { url: server.url, path: "/hello", connections: CONNECTIONS, durationSeconds: SECONDS },
      { pid: server.pid, postgres: false },
    );
    return { figures, readyMs: server.readyMs, rssMiB: server.rssMiB() };
  } finally {
    await server.stop();
  }
}

async function measureLimber(
  label: string,
  newStore: () => Promise<Store>,
  bareRps: number,
): Promise<BackendFigures> {
  const made: string[] = [];
  const newTrackedStore = async () => {
    const store = await newStore();
    made.push(store.dataDir);
    return store;
  };
  try {
    // A first start builds the web app if it is stale and warms the transpile cache; it is not measured.
    const scratch = await newTrackedStore();
    await (await startLimber(START_SCRIPT, { dataDir: scratch.dataDir })).stop();
    const { figures: startup, lastStore } = await measureStartup(
      START_SCRIPT,
      newTrackedStore,
      STARTUP_SAMPLES,
    );
    const server = await startLimber(START_SCRIPT, lastStore);
    const answering = { pid: server.pid, postgres: lastStore.databaseUrl !== undefined };
    try {
      const idle = server.rssMiB();
      const session = await signUp(server.url);
      const journal = typicalJournal(JOURNAL_DAYS);
      await seedJournal(server.url, session, journal);
      const json = { "content-type": "application/json" };
      const signedIn = { cookie: session.cookie };
      const routes: Record<string, MeasuredLoad> = {};
      routes[STORED_ASSESSMENT] = await measure(
        `${label} GET assessment`,
        {
          url: server.url,
          path: "/api/journal/assessment?timeZone=Europe/London",
          headers: signedIn,
          connections: CONNECTIONS,
          durationSeconds: SECONDS,
        },
        answering,
      );
      const stateless = JSON.stringify({
        timeZone: "Europe/London",
        now: new Date().toISOString(),
        events: journal,
      });
      routes["POST /api/journal/assessment"] = await measure(
        `${label} POST assessment (stateless)`,
        {
          url: server.url,
          method: "POST",
          path: "/api/journal/assessment",
          headers: json,
          body: () => stateless,
          connections: CONNECTIONS,
          durationSeconds: SECONDS,
        },
        answering,
      );
      const people = await signUpMany(server.url, CONNECTIONS);
      let next = 0;
      const nextPerson = () => ({ cookie: people[next++ % people.length]?.cookie ?? "" });
      routes[SESSION_STATE] = await measure(
        `${label} GET session state, ${people.length} people`,
        {
          url: server.url,
          path: "/api/auth/session",
          eachHeaders: nextPerson,
          connections: CONNECTIONS,
          durationSeconds: SECONDS,
        },
        answering,
      );
      routes[MANY_PEOPLE_WRITE] = await measure(
        `${label} POST journal event, ${people.length} people`,
        {
          url: server.url,
          method: "POST",
          path: "/api/journal/events",
          headers: json,
          eachHeaders: nextPerson,
          body: () => freshCheckIn(),
          connections: CONNECTIONS,
          durationSeconds: SECONDS,
        },
        answering,
      );
      routes[ONE_PERSON_WRITE] = await measure(
        `${label} POST journal event, one person`,
        {
          url: server.url,
          method: "POST",
          path: "/api/journal/events",
          headers: { ...json, ...signedIn },
          body: () => freshCheckIn(),
          connections: CONNECTIONS,
          durationSeconds: SECONDS,
        },
        answering,
      );
      const withRatio: Record<string, RouteFigures> = {};
      for (const [route, figures] of Object.entries(routes)) {
        withRatio[route] = { ...figures, ratioToBare: figures.requestsPerSecond / bareRps };
      }
      return { startup, rssMiB: { idle, afterLoad: server.rssMiB() }, routes: withRatio };
    } finally {
      await server.stop();
    }
  } finally {
    for (const dataDir of made) rmSync(dataDir, { recursive: true, force: true });
  }
}

const newDataDir = () => mkdtempSync(join(tmpdir(), "limber-bench-data-"));

/**
 * What to run: everything but the soak by default; `--soak` adds the 10-minute soak; `--only=load`,
 * `--only=scale` or `--only=soak` runs one part and keeps the other parts' figures already in the results.
 */
const flags = process.argv.slice(2);
const only = flags.find((flag) => flag.startsWith("--only="))?.slice("--only=".length);
const parts = new Set(only ? [only] : ["load", "scale", ...(flags.includes("--soak") ? ["soak"] : [])]);
for (const part of parts) {
  if (!["load", "scale", "soak"].includes(part)) {
    console.error(`bench:api: unknown part "${part}"; use --only=load, --only=scale or --only=soak`);
    process.exit(2);
  }
}

const loadBefore = loadavg();
if ((loadBefore[0] ?? 0) > cpus().length) {
  console.warn(
    `warning: load average ${loadBefore[0]?.toFixed(1)} on ${cpus().length} CPUs; figures will be low and noisy`,
  );
}
const machine = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGiB: totalmem() / 2 ** 30,
  node: process.version,
  // Other work on the machine during the run lowers every figure; the baseline shares the same conditions.
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
});
const previous = (() => {
  try {
    return JSON.parse(readFileSync(RESULTS, "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
let results: Record<string, unknown> = { ...previous, benchmark: "api" };

if (parts.has("load")) {
  const bare = await measureBare();
  const backends: Record<string, BackendFigures> = {};
  backends.pglite = await measureLimber(
    "pglite",
    async () => ({ dataDir: newDataDir() }),
    bare.figures.requestsPerSecond,
  );
  const postgres = await openBenchPostgres();
  let postgresNote: string;
  if ("skipped" in postgres) {
    postgresNote = `not measured: ${postgres.skipped}`;
    console.warn(`PostgreSQL ${postgresNote}`);
  } else {
    postgresNote = postgres.origin;
    try {
      backends.postgres = await measureLimber(
        "postgres",
        async () => ({ dataDir: newDataDir(), databaseUrl: await postgres.newDatabase() }),
        bare.figures.requestsPerSecond,
      );
    } finally {
      await postgres.close();
    }
  }
  const goalList = goals(backends, CONNECTIONS);
  printReport(bare.figures, backends, goalList);
  results = {
    ...results,
    measuredAt: new Date().toISOString(),
    machine: machine(),
    settings: {
      connections: CONNECTIONS,
      durationSeconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      journalDays: JOURNAL_DAYS,
      startupSamples: STARTUP_SAMPLES,
    },
    baseline: {
      route: "bare fastify GET /hello",
      ...bare.figures,
      readyMs: bare.readyMs,
      rssMiB: bare.rssMiB,
    },
    backends,
    postgres: postgresNote,
    goals: goalList,
  };
}

if (parts.has("scale")) {
  const postgres = await openBenchPostgres();
  if ("skipped" in postgres) {
    console.warn(`scale: PostgreSQL not available (${postgres.skipped}); the 1M-event figures need it`);
  } else {
    try {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const scale = await runScale(START_SCRIPT, postgres, log);
      const pglite = await runPgliteScale(START_SCRIPT, log);
      printScale(scale, pglite);
      results = {
        ...results,
        scale: { measuredAt: new Date().toISOString(), machine: machine(), ...scale, pglite },
      };
    } finally {
      await postgres.close();
    }
  }
}

if (parts.has("soak")) {
  const seconds = Number(process.env.LIMBER_SOAK_SECONDS ?? 600);
  const workers = Number(process.env.LIMBER_SOAK_WORKERS ?? 8);
  const backend = process.env.LIMBER_SOAK_BACKEND === "postgres" ? "postgres" : "pglite";
  const postgres = backend === "postgres" ? await openBenchPostgres() : undefined;
  if (postgres && "skipped" in postgres) throw new Error(`soak on PostgreSQL: ${postgres.skipped}`);
  const dataDir = newDataDir();
  const databaseUrl = postgres ? await postgres.newDatabase() : undefined;
  const server = await startLimber(START_SCRIPT, { dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  try {
    process.stderr.write(`soak: ${seconds} s, ${workers} workers, ${backend}\n`);
    const soak = await runSoak(server, seconds, workers, (line) => process.stderr.write(`${line}\n`));
    printSoak(soak);
    const soakResults = {
      benchmark: "soak",
      measuredAt: new Date().toISOString(),
      backend,
      machine: machine(),
      ...soak,
    };
    writeFileSync(`${SOAK_RESULTS}.tmp`, `${JSON.stringify(soakResults, null, 2)}\n`);
    renameSync(`${SOAK_RESULTS}.tmp`, SOAK_RESULTS);
    console.log(`\nwrote ${SOAK_RESULTS}`);
  } finally {
    await server.stop();
    await postgres?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (parts.has("load") || parts.has("scale")) {
  writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${RESULTS}.tmp`, RESULTS);
  console.log(`\nwrote ${RESULTS}`);
}
