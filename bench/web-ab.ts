/**
 * Same-window A/B of built web apps (issue 19): each round measures every build in turn, so a busy machine
 * slows them alike. `tsx bench/web-ab.ts <taps|boot|lighthouse> <rounds> <dist>...` prints figures per build.
 * Taps: the stop tap (and the empty page's tap, once per round); boot: the home's TBT at 4x CPU;
 * lighthouse: the home's mobile score, LCP and TBT. `ROUTE=#/journal` measures that route instead of home.
 */
import { launchChromium } from "../e2e/harness/chromium";
import { type RunningServer, startServer } from "../e2e/harness/server";
import { REPOSITORY_ROOT } from "../e2e/harness/web-build";
import { buildHelloBaseline } from "./web/hello-baseline";
import { runLighthouseMobile } from "./web/lighthouse-mobile";
import { measureRouteBoot } from "./web/route-boot";
import { serveDirectory } from "./web/static-server";
import { measureTaps, type TapName } from "./web/taps";

const [mode = "taps", roundsText = "10", ...dists] = process.argv.slice(2);
const rounds = Number(roundsText);
const route = process.env.ROUTE ?? "";
const tapNames = (process.env.TAPS?.split(",") ?? ["stop: sharp pain"]) as TapName[];

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const rank = (values: readonly number[], p: number) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const line = (name: string, values: readonly number[]) =>
  `${name}: p50 ${rank(values, 50)} p75 ${rank(values, 75)} max ${rank(values, 100)}  [${values.join(", ")}]`;

const servers: RunningServer[] = [];
for (const dist of dists) servers.push(await startServer(dist));
const browser = await launchChromium();
try {
  if (mode === "taps") {
    const helloDist = await buildHelloBaseline(REPOSITORY_ROOT);
    const hello = await serveDirectory(helloDist);
    const app = dists.map(() => ({ event: [] as number[], screen: [] as number[] }));
    const base = { event: [] as number[], screen: [] as number[] };
    for (let round = 0; round < rounds; round += 1) {
      for (const [i, server] of servers.entries()) {
        const figures = await measureTaps(browser, server.url, hello.url, 1, tapNames);
        for (const name of tapNames) {
          app[i]?.screen.push(...figures.taps[name].toScreen.each);
          app[i]?.event.push(...figures.taps[name].eventDuration.each);
        }
        base.screen.push(...figures.baseline.toScreen.each);
        base.event.push(...figures.baseline.eventDuration.each);
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }
    for (const [i, dist] of dists.entries()) {
      console.log(line(`${dist} to screen`, app[i]?.screen ?? []));
      console.log(line(`${dist} event`, app[i]?.event ?? []));
    }
    console.log(line("empty page to screen", base.screen));
    console.log(line("empty page event", base.event));
    await hello.close();
  } else if (mode === "boot") {
    const tbt = dists.map(() => [] as number[]);
    const longest = dists.map(() => [] as number[]);
    for (let round = 0; round < rounds; round += 1) {
      for (const [i, server] of servers.entries()) {
        const boot = await measureRouteBoot(browser, `${server.url}/${route}`, {
          slowdown: 4,
          profile: process.env.PROFILE === "1",
        });
        tbt[i]?.push(boot.tbtMs);
        longest[i]?.push(Math.max(0, ...boot.longTasks.map((t) => t.durationMs)));
        if (process.env.PROFILE === "1")
          console.log(dists[i], boot.longTasks, `\n  ${boot.hotFunctions?.slice(0, 15).join("\n  ")}`);
      }
    }
    for (const [i, dist] of dists.entries()) {
      console.log(line(`${dist} TBT`, tbt[i] ?? []));
      console.log(line(`${dist} longest task`, longest[i] ?? []));
    }
  } else {
    const results = dists.map(() => [] as string[]);
    for (let round = 0; round < rounds; round += 1) {
      for (const [i, server] of servers.entries()) {
        const lh = await runLighthouseMobile(`${server.url}/${route}`);
        results[i]?.push(`${lh.performance}/${lh.lcpMs}/${lh.tbtMs}`);
      }
    }
    for (const [i, dist] of dists.entries()) console.log(`${dist} score/LCP/TBT: ${results[i]?.join("  ")}`);
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
}
