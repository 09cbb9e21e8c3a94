/**
 * Issue 9, items 5 and 1: a journal of a million events. One `limber serve` on PostgreSQL, seeded with 10k
 * people (one with 1M events, one with 200k, one with 1k, the rest 10 each). Measures the stored assessment
 * at 1k, 200k and 1M events (the 1k person is the baseline), exports at 200k and 1M (time, bytes, the
 * server's peak RSS), and another person's session check while four 200k exports run (against the same
 * check on the idle server).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildServer } from "../../packages/cli/test-support/child-server";
import { type BenchPerson, signUpPerson } from "./bench-people";
import { postgresRunner, type RunSql, type SeedFigures, seedScale } from "./seed-scale";
import { startLimber } from "./startup";
import type { BenchPostgres } from "./throwaway-postgres";

export type Latency = {
  readonly n: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
};
export type ExportFigures = {
  readonly events: number;
  readonly format: "fhir" | "json";
  readonly seconds: number;
  readonly megabytes: number;
  readonly rssBeforeMiB: number;
  readonly peakRssMiB: number;
  readonly chunked: boolean;
};
export type ScaleFigures = {
  readonly seed: SeedFigures;
  readonly assessment: Record<string, Latency & { readonly recommendation: string }>;
  readonly exports: ExportFigures[];
  readonly parallel: {
    readonly exports: number;
    readonly eventsEach: number;
    readonly wallSeconds: number;
    readonly peakRssMiB: number;
    readonly sessionCheckIdle: Latency;
    readonly sessionCheckDuring: Latency;
  };
};

const ASSESSMENT_SAMPLES = Number(process.env.LIMBER_BENCH_ASSESSMENTS ?? 1_000);
/** Below 1 for a quick trial of the benchmark itself (the large journals and the crowd shrink; 1k stays). */
const SCALE = Number(process.env.LIMBER_BENCH_SCALE ?? 1);

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted.at(-1) ?? Number.NaN };
}

async function timed(url: string, cookie: string): Promise<{ ms: number; body: string; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  return { ms: performance.now() - started, body, status: response.status };
}

/** The server's peak resident memory while `work` runs, sampled every 20 ms. */
async function peakRss<T>(
  server: ChildServer,
  work: () => Promise<T>,
): Promise<{ result: T; peakMiB: number }> {
  let peak = server.rssMiB();
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssMiB());
  }, 20);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peak, server.rssMiB()) };
  } finally {
    clearInterval(sampler);
  }
}

/** Downloads an export, counting bytes and throwing them away (the benchmark must not hold them). */
async function download(url: string, cookie: string): Promise<{ bytes: number; chunked: boolean }> {
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return { bytes, chunked: response.headers.get("transfer-encoding") === "chunked" };
}

async function sessionChecks(url: string, person: BenchPerson, until: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (!until()) {
    const answer = await timed(`${url}/api/auth/session`, person.cookie);
    if (answer.status !== 200) throw new Error(`session check answered ${answer.status}`);
    samples.push(answer.ms);
  }
  return samples;
}

async function exportWithPeak(
  server: ChildServer,
  person: BenchPerson,
  events: number,
  format: "fhir" | "json",
): Promise<ExportFigures> {
  const rssBeforeMiB = server.rssMiB();
  const started = performance.now();
  const path = format === "fhir" ? "/api/export/fhir" : "/api/export";
  const { result, peakMiB } = await peakRss(server, () => download(`${server.url}${path}`, person.cookie));
  return {
    events,
    format,
    seconds: (performance.now() - started) / 1000,
    megabytes: result.bytes / 1e6,
    rssBeforeMiB,
    peakRssMiB: peakMiB,
    chunked: result.chunked,
  };
}

export type PgliteFigures = {
  readonly seed: SeedFigures;
  readonly assessment: Latency;
  readonly exportFhir: ExportFigures;
};

/**
 * The laptop: `limber serve` on PGlite with one 200k-event journal (seeded while the server is stopped,
 * since PGlite's data directory has one user at a time), its stored assessment and its FHIR export.
 */
export async function runPgliteScale(
  startScript: string,
  log: (line: string) => void,
): Promise<PgliteFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-bench-pglite-scale-"));
  const events = Math.round(200_000 * SCALE);
  try {
    let server = await startLimber(startScript, { dataDir });
    const person = await signUpPerson(server.url, "pglite-200k");
    await server.stop();
    log(`pglite: seeding ${events} events`);
    const { openDatabase } = await import("../../packages/server/src/index");
    const { CompiledQuery } = await import("kysely");
    const database = await openDatabase({ dataDir });
    const run: RunSql = async (text, params) => {
      const result = await database.db.executeQuery(CompiledQuery.raw(text, params));
      return { rows: result.rows as Record<string, unknown>[] };
    };
    const seed = await seedScale(run, [{ ownerId: person.id, events }], 0, 0, new Date(), log).finally(() =>
      database.close(),
    );
    server = await startLimber(startScript, { dataDir });
    try {
      const { signIn } = await import("./bench-people");
      if ((await signIn(server.url, person)) !== 200) throw new Error("pglite: sign-in failed");
      const samples: number[] = [];
      for (let i = 0; i < 350; i++) {
        const answer = await timed(
          `${server.url}/api/journal/assessment?timeZone=Asia/Kathmandu`,
          person.cookie,
        );
        if (answer.status !== 200) throw new Error(`assessment answered ${answer.status}`);
        if (i >= 50) samples.push(answer.ms);
      }
      const exportFhir = await exportWithPeak(server, person, events, "fhir");
      log(`  pglite export ${events} fhir: peak RSS ${exportFhir.peakRssMiB.toFixed(0)} MiB`);
      return { seed, assessment: latency(samples), exportFhir };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runScale(
  startScript: string,
  postgres: BenchPostgres,
  log: (line: string) => void,
): Promise<ScaleFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-bench-scale-"));
  const databaseUrl = await postgres.newDatabase();
  const server = await startLimber(startScript, { dataDir, databaseUrl });
  try {
    const people = {
      "1k": await signUpPerson(server.url, "journal-1k"),
      "200k": await signUpPerson(server.url, "journal-200k"),
      "1M": await signUpPerson(server.url, "journal-1m"),
    };
    const other = await signUpPerson(server.url, "other");
    const sizes = { "1k": 1_000, "200k": Math.round(200_000 * SCALE), "1M": Math.round(1_000_000 * SCALE) };
    log("scale: seeding PostgreSQL");
    const runner = await postgresRunner(databaseUrl);
    const seed = await seedScale(
      runner.run,
      Object.entries(sizes).map(([label, events]) => ({
        ownerId: people[label as keyof typeof people].id,
        events,
      })),
      Math.round(10_000 * SCALE) - 4,
      10,
      new Date(),
      log,
    ).finally(() => runner.close());
    log(`  seeded ${seed.events} events for ${seed.people} people in ${seed.seconds.toFixed(0)} s`);

    log(
      `scale: stored assessment, ${ASSESSMENT_SAMPLES} sequential requests per journal, in alternating blocks`,
    );
    const samples: Record<string, number[]> = { "1k": [], "200k": [], "1M": [] };
    const recommendation: Record<string, string> = {};
    for (let block = 0; block < ASSESSMENT_SAMPLES / 50; block++) {
      for (const label of Object.keys(samples)) {
        for (let i = 0; i < 50; i++) {
          const answer = await timed(
            `${server.url}/api/journal/assessment?timeZone=Asia/Kathmandu`,
            people[label as keyof typeof people].cookie,
          );
          if (answer.status !== 200) throw new Error(`assessment answered ${answer.status}: ${answer.body}`);
          // The first block warms up the connection and the plans; it is not counted.
          if (block > 0) samples[label]?.push(answer.ms);
          recommendation[label] = (JSON.parse(answer.body) as { recommendation: string }).recommendation;
        }
      }
    }
    const assessment = Object.fromEntries(
      Object.entries(samples).map(([label, values]) => [
        label,
        { ...latency(values), recommendation: recommendation[label] ?? "?" },
      ]),
    );

    const exports: ExportFigures[] = [];
    for (const label of ["200k", "1M"] as const) {
      for (const format of ["fhir", "json"] as const) {
        const figures = await exportWithPeak(server, people[label], sizes[label], format);
        exports.push(figures);
        log(
          `  export ${label} ${format}: ${figures.megabytes.toFixed(0)} MB, peak RSS ${figures.peakRssMiB.toFixed(0)} MiB`,
        );
      }
    }

    log("scale: another person's session check, idle, then during 4 parallel 200k FHIR exports");
    const idleUntil = performance.now() + 5_000;
    const idle = await sessionChecks(server.url, other, () => performance.now() > idleUntil);
    let finished = false;
    const started = performance.now();
    const { result: during, peakMiB } = await peakRss(server, async () => {
      const running = Promise.all(
        Array.from({ length: 4 }, () => download(`${server.url}/api/export/fhir`, people["200k"].cookie)),
      ).finally(() => {
        finished = true;
      });
      const checks = await sessionChecks(server.url, other, () => finished);
      await running;
      return checks;
    });
    return {
      seed,
      assessment,
      exports,
      parallel: {
        exports: 4,
        eventsEach: sizes["200k"],
        wallSeconds: (performance.now() - started) / 1000,
        peakRssMiB: peakMiB,
        sessionCheckIdle: latency(idle),
        sessionCheckDuring: latency(during),
      },
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
