/**
 * `npm run bench:api`: the HTTP API under load, against a bare Fastify route measured in the same run.
 * Every server runs in its own child process on 127.0.0.1; autocannon drives it from this one. Prints a table
 * and writes bench/results/api.json. A benchmark, never a test: the goals are reported, not asserted.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChildServer, startChildServer } from "./api/child-server";
import { freshCheckIn, seedJournal, signUp, typicalJournal } from "./api/limber-session";
import { type LoadFigures, runLoad } from "./api/load";
import { openBenchPostgres } from "./api/throwaway-postgres";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** What `npm start` runs (npm's own start-up is not counted): a web build check, then `limber serve`. */
const START_SCRIPT = join(ROOT, "scripts/start.mjs");
const RESULTS = join(ROOT, "bench/results/api.json");
const CONNECTIONS = Number(process.env.LIMBER_BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LIMBER_BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const JOURNAL_DAYS = 60;

type RouteFigures = LoadFigures & { readonly ratioToBare: number };
type BackendFigures = {
  readonly startup: { readonly freshMs: number; readonly existingMs: number };
  readonly rssMiB: { readonly idle: number; readonly afterLoad: number };
  readonly routes: Record<string, RouteFigures>;
};

type Goal = { readonly goal: string; readonly measured: string; readonly met: boolean };

async function measure(label: string, options: Parameters<typeof runLoad>[0]): Promise<LoadFigures> {
  process.stderr.write(`  ${label}: warm-up ${WARMUP_SECONDS}s, measure ${options.durationSeconds}s\n`);
  await runLoad({ ...options, durationSeconds: WARMUP_SECONDS });
  return runLoad(options);
}

async function measureBare(): Promise<{ figures: LoadFigures; readyMs: number; rssMiB: number }> {
  const server = await startChildServer(
    ["--import", "tsx", join(ROOT, "bench/api/bare-fastify.ts")],
    process.env,
  );
  try {
    const figures = await measure("bare fastify GET /hello", {
      url: server.url,
      path: "/hello",
      connections: CONNECTIONS,
      durationSeconds: SECONDS,
    });
    return { figures, readyMs: server.readyMs, rssMiB: server.rssMiB() };
  } finally {
    await server.stop();
  }
}

function serveLimber(dataDir: string, databaseUrl: string | undefined): Promise<ChildServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  if (databaseUrl !== undefined) env.DATABASE_URL = databaseUrl;
  return startChildServer([START_SCRIPT, "--port", "0", "--data", dataDir], env);
}

async function measureLimber(
  label: string,
  databaseUrl: string | undefined,
  bareRps: number,
): Promise<BackendFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), `limber-bench-${label}-`));
  try {
    // A first start builds the web app if it is stale and warms the transpile cache; it is not measured.
    const scratch = mkdtempSync(join(tmpdir(), "limber-bench-warm-"));
    await (await serveLimber(scratch, undefined)).stop();
    rmSync(scratch, { recursive: true, force: true });
    const fresh = await serveLimber(dataDir, databaseUrl);
    await fresh.stop();
    const server = await serveLimber(dataDir, databaseUrl);
    try {
      const idle = server.rssMiB();
      const session = await signUp(server.url);
      const journal = typicalJournal(JOURNAL_DAYS);
      await seedJournal(server.url, session, journal);
      const json = { "content-type": "application/json" };
      const signedIn = { cookie: session.cookie };
      const routes: Record<string, LoadFigures> = {};
      routes["GET /api/journal/assessment"] = await measure(`${label} GET assessment`, {
        url: server.url,
        path: "/api/journal/assessment?timeZone=Europe/London",
        headers: signedIn,
        connections: CONNECTIONS,
        durationSeconds: SECONDS,
      });
      const stateless = JSON.stringify({
        timeZone: "Europe/London",
        now: new Date().toISOString(),
        events: journal,
      });
      routes["POST /api/journal/assessment"] = await measure(`${label} POST assessment (stateless)`, {
        url: server.url,
        method: "POST",
        path: "/api/journal/assessment",
        headers: json,
        body: () => stateless,
        connections: CONNECTIONS,
        durationSeconds: SECONDS,
      });
      routes["POST /api/journal/events"] = await measure(`${label} POST journal event`, {
        url: server.url,
        method: "POST",
        path: "/api/journal/events",
        headers: { ...json, ...signedIn },
        body: () => freshCheckIn(),
        connections: CONNECTIONS,
        durationSeconds: SECONDS,
      });
      const withRatio: Record<string, RouteFigures> = {};
      for (const [route, figures] of Object.entries(routes)) {
        withRatio[route] = { ...figures, ratioToBare: figures.requestsPerSecond / bareRps };
      }
      return {
        startup: { freshMs: fresh.readyMs, existingMs: server.readyMs },
        rssMiB: { idle, afterLoad: server.rssMiB() },
        routes: withRatio,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function goals(backends: Record<string, BackendFigures>): Goal[] {
  const list: Goal[] = [];
  const writeRatio: Record<string, number> = { pglite: 0.1, postgres: 0.15 };
  for (const [name, figures] of Object.entries(backends)) {
    const write = figures.routes["POST /api/journal/events"];
    if (write !== undefined) {
      const target = writeRatio[name] ?? 0;
      list.push({
        goal: `${name}: journal write >= ${target}x bare`,
        measured: `${write.ratioToBare.toFixed(3)}x`,
        met: write.ratioToBare >= target,
      });
      list.push({
        goal: `${name}: journal write p99 < 50 ms at ${CONNECTIONS} connections`,
        measured: `${write.p99Ms} ms`,
        met: write.p99Ms < 50,
      });
    }
    list.push({
      goal: `${name}: ready < 1500 ms on existing data`,
      measured: `${figures.startup.existingMs.toFixed(0)} ms`,
      met: figures.startup.existingMs < 1500,
    });
    list.push({
      goal: `${name}: ready < 3000 ms on fresh data`,
      measured: `${figures.startup.freshMs.toFixed(0)} ms`,
      met: figures.startup.freshMs < 3000,
    });
  }
  return list;
}

function printTable(bare: LoadFigures, backends: Record<string, BackendFigures>, goalList: Goal[]): void {
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
  for (const [name, figures] of Object.entries(backends)) {
    console.log(
      `limber ${name}: ready ${figures.startup.freshMs.toFixed(0)} ms fresh, ${figures.startup.existingMs.toFixed(0)} ms existing; ` +
        `RSS ${figures.rssMiB.idle.toFixed(0)} MiB idle, ${figures.rssMiB.afterLoad.toFixed(0)} MiB after load`,
    );
  }
  console.log("");
  for (const goal of goalList)
    console.log(`${goal.met ? "met    " : "NOT MET"}  ${goal.goal}: ${goal.measured}`);
}

const loadBefore = loadavg();
if ((loadBefore[0] ?? 0) > cpus().length) {
  console.warn(
    `warning: load average ${loadBefore[0]?.toFixed(1)} on ${cpus().length} CPUs; figures will be low and noisy`,
  );
}
const bare = await measureBare();
const backends: Record<string, BackendFigures> = {};
backends.pglite = await measureLimber("pglite", undefined, bare.figures.requestsPerSecond);
const postgres = await openBenchPostgres();
let postgresNote: string;
if ("skipped" in postgres) {
  postgresNote = `not measured: ${postgres.skipped}`;
  console.warn(`PostgreSQL ${postgresNote}`);
} else {
  postgresNote = postgres.origin;
  try {
    backends.postgres = await measureLimber("postgres", postgres.url, bare.figures.requestsPerSecond);
  } finally {
    await postgres.close();
  }
}
const goalList = goals(backends);
printTable(bare.figures, backends, goalList);

const results = {
  benchmark: "api",
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
  },
  settings: {
    connections: CONNECTIONS,
    durationSeconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    journalDays: JOURNAL_DAYS,
  },
  baseline: { route: "bare fastify GET /hello", ...bare.figures, readyMs: bare.readyMs, rssMiB: bare.rssMiB },
  backends,
  postgres: postgresNote,
  goals: goalList,
};
writeFileSync(`${RESULTS}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${RESULTS}.tmp`, RESULTS);
console.log(`\nwrote ${RESULTS}`);
