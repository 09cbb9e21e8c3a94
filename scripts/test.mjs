// The one gate: typecheck, lint, import cycles (types included), requirement trace, then every Vitest project
// (unit, integration, browser).
// CI does not read Vitest's summary, so this ends with a plain "N passed, N failed" line, followed by how many
// tests were left out and why (no PostgreSQL, no Chromium), so a suite can never shrink silently.
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countLeftOut, countReport, summaryLine, testsThatRan } from "./test-summary.mjs";

const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;

function gate(name, command, args, stdout = "inherit") {
  console.log(`\n== ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: ["inherit", stdout, "inherit"], shell: false });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`!! ${name} failed (exit ${result.status ?? result.signal})`);
  }
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
if (extraArgs.length === 0) {
  gate("typecheck", "npm", ["run", "--silent", "typecheck"]);
  gate("lint", npx, ["biome", "check", "."]);
  gate("import cycles", "npm", ["run", "--silent", "cycles"]);
  gate("trace", process.execPath, ["packages/cli/bin/limber.js", "trace", "--json"], "ignore");
}

const report = join(mkdtempSync(join(tmpdir(), "limber-test-")), "vitest.json");
console.log("\n== vitest");
const vitest = spawnSync(
  npx,
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extraArgs],
  { stdio: "inherit" },
);
let ran = [];
try {
  const summary = JSON.parse(readFileSync(report, "utf8"));
  const counted = countReport(summary);
  passed += counted.passed;
  failed += counted.failed;
  if (counted.skipped > 0) console.log(`!! ${counted.skipped} skipped or todo tests`);
  ran = testsThatRan(summary);
} catch {
  failed += 1;
  console.log(`!! vitest produced no report (exit ${vitest.status ?? vitest.signal})`);
}
if (vitest.status !== 0 && failed === 0) failed += 1;

/** The tests of `project` Vitest would collect with `env` set: listed, never run. */
function listTests(project, env) {
  const listed = spawnSync(npx, ["vitest", "list", "--project", project, "--json"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    return JSON.parse(listed.stdout);
  } catch {
    console.log(`!! could not list the ${project} tests to count those not run (exit ${listed.status})`);
    return [];
  }
}

const hasChromium = (() => {
  try {
    accessSync("/usr/bin/chromium", constants.X_OK);
    return true;
  } catch {
    return false;
  }
})();
/** Whether this run covers the whole of `project`: no arguments, or only --project selections naming it. */
function runsWholeProject(project) {
  const named = [];
  for (let i = 0; i < extraArgs.length; i++) {
    const arg = extraArgs[i];
    if (arg === "--project") named.push(extraArgs[++i]);
    else if (arg.startsWith("--project=")) named.push(arg.slice("--project=".length));
    else return false;
  }
  return named.length === 0 || named.includes(project);
}
const leftOut = [];
// Required dependencies (CI) fail their suites instead; only an optional one that is missing is counted here.
if (
  !process.env.LIMBER_TEST_DATABASE_URL &&
  process.env.LIMBER_REQUIRE_POSTGRES !== "1" &&
  runsWholeProject("server")
) {
  console.log("\n== counting the PostgreSQL tests not run (listed, not run)");
  const listed = listTests("server", {
    LIMBER_TEST_DATABASE_URL: "postgres://not-run@127.0.0.1:9/listing-only",
  });
  leftOut.push({ reason: "no PostgreSQL", tests: countLeftOut(listed, ran) });
}
if (!hasChromium && process.env.LIMBER_REQUIRE_BROWSER !== "1" && runsWholeProject("e2e")) {
  console.log("\n== counting the browser tests not run (listed, not run)");
  const listed = listTests("e2e", { LIMBER_E2E_LIST_ALL: "1" });
  leftOut.push({ reason: "no Chromium", tests: countLeftOut(listed, ran) });
}

console.log(`\n${summaryLine({ passed, failed }, leftOut)}`);
process.exit(failed === 0 ? 0 : 1);
