// The one gate: typecheck, lint, requirement trace, then every Vitest project (unit, integration, browser).
// CI does not read Vitest's summary, so this ends with a plain "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
  gate("trace", process.execPath, ["packages/cli/bin/limber.js", "trace", "--json"], "ignore");
}

const report = join(mkdtempSync(join(tmpdir(), "limber-test-")), "vitest.json");
console.log("\n== vitest");
const vitest = spawnSync(
  npx,
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extraArgs],
  { stdio: "inherit" },
);
try {
  const summary = JSON.parse(readFileSync(report, "utf8"));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A file that fails to load has no failed test of its own; count it so it cannot pass silently.
  failed += summary.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length;
  if (summary.numPendingTests + summary.numTodoTests > 0) {
    console.log(`!! ${summary.numPendingTests + summary.numTodoTests} skipped or todo tests`);
  }
} catch {
  failed += 1;
  console.log(`!! vitest produced no report (exit ${vitest.status ?? vitest.signal})`);
}
if (vitest.status !== 0 && failed === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
