import { describe, expect, it } from "vitest";
import {
  BROWSER_PLACEHOLDER_PREFIX,
  countLeftOut,
  countReport,
  summaryLine,
  testsThatRan,
} from "./test-summary.mjs";

type Status = "passed" | "failed" | "pending" | "todo";
const file = (status: "passed" | "failed", tests: [string, Status][]) => ({
  status,
  assertionResults: tests.map(([title, testStatus]) => ({ title, status: testStatus })),
});
const report = (files: ReturnType<typeof file>[]) => {
  const all = files.flatMap((f) => f.assertionResults);
  const count = (status: Status) => all.filter((test) => test.status === status).length;
  return {
    numPassedTests: count("passed"),
    numFailedTests: count("failed"),
    numPendingTests: count("pending"),
    numTodoTests: count("todo"),
    testResults: files,
  };
};
const PLACEHOLDER = `${BROWSER_PLACEHOLDER_PREFIX}: /usr/bin/chromium not found; install Debian's chromium`;

describe("[C-tests-not-silent] the test summary cannot shrink silently", () => {
  it("does not count the browser placeholder as a pass", () => {
    const counted = countReport(
      report([
        file("passed", [
          ["a", "passed"],
          [PLACEHOLDER, "passed"],
        ]),
      ]),
    );
    expect(counted).toEqual({ passed: 1, failed: 0, skipped: 0, placeholders: 1 });
  });

  it("counts a file that failed to load as a failure, and reports skipped and todo tests apart", () => {
    const counted = countReport(
      report([
        file("failed", []),
        file("failed", [
          ["b", "failed"],
          ["c", "pending"],
          ["d", "todo"],
        ]),
        file("passed", [["e", "passed"]]),
      ]),
    );
    expect(counted).toEqual({ passed: 1, failed: 2, skipped: 2, placeholders: 0 });
  });

  it("counts the tests listed with a dependency but not without it, by file and name", () => {
    const without = [
      { file: "a.test.ts", name: "pglite stores" },
      { file: "b.test.ts", name: "x" },
    ];
    const withIt = [
      ...without,
      { file: "a.test.ts", name: "postgres stores" },
      { file: "c.test.ts", name: "x" },
    ];
    expect(countLeftOut(withIt, without)).toBe(2);
    expect(countLeftOut(without, without)).toBe(0);
    expect(countLeftOut(without, withIt)).toBe(0);
  });

  it("ends with 'N passed, N failed, M not run (reasons)' when anything was left out", () => {
    expect(
      summaryLine({ passed: 1070, failed: 0 }, [
        { reason: "no PostgreSQL", tests: 200 },
        { reason: "no Chromium", tests: 75 },
      ]),
    ).toBe("1070 passed, 0 failed, 275 not run (no PostgreSQL, no Chromium)");
  });

  it("keeps the line exactly 'N passed, N failed' when everything ran, for the CI parser", () => {
    expect(summaryLine({ passed: 1345, failed: 0 }, [{ reason: "no PostgreSQL", tests: 0 }])).toBe(
      "1345 passed, 0 failed",
    );
    expect(summaryLine({ passed: 3, failed: 1 })).toMatch(/^(\d+) passed, (\d+) failed$/);
  });

  it("starts with 'N passed, N failed' whatever follows", () => {
    const line = summaryLine({ passed: 5, failed: 2 }, [{ reason: "no Chromium", tests: 9 }]);
    expect(/^(\d+) passed, (\d+) failed/.exec(line)?.slice(1)).toEqual(["5", "2"]);
  });

  it("names the tests that ran as vitest list does, leaving out skipped ones so they count as not run", () => {
    const ranReport = {
      testResults: [
        {
          name: "/repo/a.test.ts",
          assertionResults: [
            { title: "stores", ancestorTitles: ["store", "on pglite"], status: "passed" },
            { title: "stores", ancestorTitles: ["store", "on postgres"], status: "pending" },
            { title: "breaks", ancestorTitles: [], status: "failed" },
          ],
        },
      ],
    };
    const ran = testsThatRan(ranReport);
    expect(ran).toEqual([
      { file: "/repo/a.test.ts", name: "store > on pglite > stores" },
      { file: "/repo/a.test.ts", name: "breaks" },
    ]);
    const listed = [...ran, { file: "/repo/a.test.ts", name: "store > on postgres > stores" }];
    expect(countLeftOut(listed, ran)).toBe(1);
  });
});
