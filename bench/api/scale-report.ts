/** Prints the scale and soak figures beside the issue's, with each goal as met or NOT MET. */
import type { PgliteFigures, ScaleFigures } from "./scale";
import type { SoakFigures } from "./soak";

const f = (value: number, digits = 1) => value.toFixed(digits);

export function printScale(scale: ScaleFigures, pglite: PgliteFigures): void {
  console.log(
    `\nJournal of a million events (PostgreSQL; seeded ${scale.seed.events} events, ${scale.seed.people} people, ${f(scale.seed.seconds, 0)} s)`,
  );
  console.log("stored assessment, sequential requests:");
  for (const [label, figures] of Object.entries(scale.assessment)) {
    console.log(
      `  ${label.padEnd(5)} events: p50 ${f(figures.p50Ms)} ms, p99 ${f(figures.p99Ms)} ms, max ${f(figures.maxMs)} ms (n=${figures.n}, ${figures.recommendation})`,
    );
  }
  console.log("  issue 9 (whole journal read): 10k 73/137 ms, 100k 699/854 ms, 200k 1,256/1,768 ms");
  for (const e of scale.exports) {
    console.log(
      `export ${e.events} ${e.format}: ${f(e.seconds)} s, ${f(e.megabytes, 0)} MB, RSS ${f(e.rssBeforeMiB, 0)} -> peak ${f(e.peakRssMiB, 0)} MiB${e.chunked ? ", chunked" : ""}`,
    );
  }
  console.log("  issue 9: 200k FHIR 92 MB, 1.7 s, peak RSS 715 MiB");
  const p = scale.parallel;
  console.log(
    `4 parallel 200k FHIR exports: ${f(p.wallSeconds)} s, peak RSS ${f(p.peakRssMiB, 0)} MiB (issue 9: 7 s, 1.3 GiB)`,
  );
  console.log(
    `  another person's session check: idle p50/p99/max ${f(p.sessionCheckIdle.p50Ms)}/${f(p.sessionCheckIdle.p99Ms)}/${f(p.sessionCheckIdle.maxMs)} ms; during ${f(p.sessionCheckDuring.p50Ms)}/${f(p.sessionCheckDuring.p99Ms)}/${f(p.sessionCheckDuring.maxMs)} ms (issue 9: up to 1,165 ms)`,
  );
  const e = pglite.exportFhir;
  console.log(
    `PGlite, ${e.events} events: stored assessment p50/p99 ${f(pglite.assessment.p50Ms)}/${f(pglite.assessment.p99Ms)} ms; FHIR export ${f(e.seconds)} s, ${f(e.megabytes, 0)} MB, RSS ${f(e.rssBeforeMiB, 0)} -> peak ${f(e.peakRssMiB, 0)} MiB (issue 9: peak 1.13 GiB)`,
  );
  const at1k = scale.assessment["1k"]?.p99Ms ?? Number.NaN;
  const at1M = scale.assessment["1M"]?.p99Ms ?? Number.NaN;
  console.log(`goal: assessment p99 <= 10 ms at 1M: ${f(at1M)} ms, ${at1M <= 10 ? "met" : "NOT MET"}`);
  console.log(
    `goal: p99 at 1M within 2x of 1k: ${f(at1M / at1k, 2)}x, ${at1M <= 2 * at1k ? "met" : "NOT MET"}`,
  );
}

export function printSoak(soak: SoakFigures): void {
  const r = soak.rssMiB;
  console.log(`\nSoak: ${soak.seconds} s, ${soak.workers} workers`);
  console.log(
    `RSS idle ${f(r.idle, 0)} MiB; start ${f(r.start, 0)}, middle ${f(r.middle, 0)}, end ${f(r.end, 0)}, max ${f(r.max, 0)} MiB`,
  );
  for (const [name, figures] of Object.entries(soak.requests)) {
    console.log(
      `  ${name.padEnd(28)} n=${String(figures.n).padStart(6)} p50 ${f(figures.p50Ms)} ms p99 ${f(figures.p99Ms)} ms ${JSON.stringify(figures.statuses)}`,
    );
  }
  console.log(
    `goal: end within 10% of start: ${f(soak.endVsStart * 100)}%, ${Math.abs(soak.endVsStart) <= 0.1 ? "met" : "NOT MET"}`,
  );
}
