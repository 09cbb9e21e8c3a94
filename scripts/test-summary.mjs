// What `npm test` says at the end: passes, failures, and the tests that were left out and why, so a suite that
// silently stops running (no PostgreSQL, no Chromium) shows in the final line instead of shrinking the count.
// CI parses the line's start, "N passed, N failed"; what follows it only adds.

/** The title of the e2e placeholder that stands in for the browser tests when Chromium is missing. */
export const BROWSER_PLACEHOLDER_PREFIX = "browser tests not run";

/**
 * Counts a Vitest JSON report: a passed placeholder is not a pass (it is counted with the tests not run), a file
 * that failed to load counts as a failure, and skipped or todo tests are reported, never passed.
 */
export function countReport(report) {
  const assertions = report.testResults.flatMap((file) => file.assertionResults);
  const placeholders = assertions.filter(
    (test) => test.status === "passed" && test.title.startsWith(BROWSER_PLACEHOLDER_PREFIX),
  ).length;
  const unloadable = report.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests - placeholders,
    failed: report.numFailedTests + unloadable,
    skipped: report.numPendingTests + report.numTodoTests,
    placeholders,
  };
}

/**
 * The tests that ran (passed or failed), by file and full name as `vitest list` names them ("a > b > test").
 * A test skipped for want of PostgreSQL (`runIf`) did not run, so it is counted with those not run.
 */
export function testsThatRan(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "passed" || test.status === "failed")
      .map((test) => ({ file: file.name, name: [...(test.ancestorTitles ?? []), test.title].join(" > ") })),
  );
}

/**
 * The tests a suite would have run had its dependency been there: the difference between the tests listed
 * with the dependency and without it (by file and full name), never less than zero.
 */
export function countLeftOut(listedWith, listedWithout) {
  const key = (test) => `${test.file}\u0000${test.name}`;
  const present = new Set(listedWithout.map(key));
  return listedWith.filter((test) => !present.has(key(test))).length;
}

/**
 * The final line. `leftOut` lists what was not run, each `{ reason, tests }` (reason: "no PostgreSQL").
 * Always starts "N passed, N failed"; adds ", M not run (reasons)" whenever anything was left out.
 */
export function summaryLine({ passed, failed }, leftOut = []) {
  const missing = leftOut.filter((entry) => entry.tests > 0);
  const notRun = missing.reduce((sum, entry) => sum + entry.tests, 0);
  const head = `${passed} passed, ${failed} failed`;
  if (missing.length === 0) return head;
  return `${head}, ${notRun} not run (${missing.map((entry) => entry.reason).join(", ")})`;
}
