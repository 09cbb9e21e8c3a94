import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTROLS, HAZARDS, listRequirements, requirementTag } from "@limber/core";
import { describe, expect, it } from "vitest";
import { capturedRun } from "../../test-support/captured-run";
import { traceCommand } from "./trace";

const trace = (args: string[]) => capturedRun((argv, io) => traceCommand.run(argv, io), args);

/** A repository with one test file per entry, under packages/demo/src, e2e or scripts. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "limber-trace-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** One title carrying every requirement and control id: what a fully traced repository looks like. */
const everyId = [...listRequirements().map((r) => requirementTag(r.id)), ...CONTROLS.map((c) => c.id)];
const allTitled = (ids: readonly string[]) =>
  ids.map((id, n) => `it("[${id}] proves it", () => { expect(${n}).toBe(${n}); });`).join("\n");

describe("[C-trace-by-title] limber trace links tests to requirements and controls only through title ids", () => {
  it("exits 0 when every requirement and control has a titled test, in any package, e2e or scripts", async () => {
    const half = Math.floor(everyId.length / 2);
    const root = repository({
      "packages/demo/src/a.test.ts": allTitled(everyId.slice(0, half)),
      "e2e/b.e2e.test.ts": allTitled(everyId.slice(half, -1)),
      "scripts/c.test.ts": allTitled(everyId.slice(-1)),
    });
    const result = await trace(["--root", root]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /(\d+) of \1 requirements and (\d+) of \2 controls have their tests \(3 test files read\)/,
    );
  });

  it("fails, naming the control, when its id appears only in a comment, a string or a skipped test", async () => {
    const rest = everyId.filter((id) => id !== "C-stop-every-state");
    const root = repository({
      "packages/demo/src/a.test.ts": [
        allTitled(rest),
        '// it("[C-stop-every-state] commented out", () => {});',
        'const label = "[C-stop-every-state]";',
        'it.skip("[C-stop-every-state] skipped", () => {});',
      ].join("\n"),
    });
    const result = await trace(["--root", root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "limber trace: 1 id(s) lack a source or a test, or are unknown: C-stop-every-state\n",
    );
    expect(result.stdout).toContain("FAIL [C-stop-every-state]");
  });

  it("fails on an id in a title that names no requirement, control or hazard (a typo proves nothing)", async () => {
    const root = repository({
      "packages/demo/src/a.test.ts": `${allTitled(everyId)}\nit("[C-stop-evry-state] typo", () => {});`,
    });
    const result = await trace(["--root", root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("FAIL unknown id [C-stop-evry-state] in packages/demo/src/a.test.ts:");
  });

  it("fails when nothing is tested, listing requirements and controls", async () => {
    const result = await trace(["--json", "--root", repository({})]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.failing).toEqual(everyId);
    expect(report.testFiles).toBe(0);
  });

  it("reports each requirement with its source and each test as file:line and title, as JSON", async () => {
    const root = repository({
      "packages/demo/src/a.test.ts": [
        "describe(",
        '  "[R-screening.fever] [C-rescreen-24h] a describe title counts",',
        "  () => {},",
        ");",
      ].join("\n"),
    });
    const report = JSON.parse((await trace(["--json", "--root", root])).stdout);
    const fever = report.requirements.find((r: { id: string }) => r.id === "screening.fever");
    expect(fever).toMatchObject({
      source: 'NHS "Back pain" page and NICE NG59 (2016, updated 2020), recommendation 1.1.1',
      tests: [
        {
          file: "packages/demo/src/a.test.ts",
          line: 2,
          title: "[R-screening.fever] [C-rescreen-24h] a describe title counts",
        },
      ],
      problems: [],
    });
    expect(report.controls.find((c: { id: string }) => c.id === "C-rescreen-24h").tests).toHaveLength(1);
  });
});

describe("[C-trace-by-title] limber trace --hazards prints the hazard log with each control's tests", () => {
  it("lists every hazard with harm, cause and severity, and every control with its tests", async () => {
    const root = repository({
      "packages/demo/src/a.test.ts": 'it("[C-stop-every-state] stops from every state", () => {});',
    });
    const result = await trace(["--hazards", "--root", root]);
    expect(result.code).toBe(1);
    for (const hazard of HAZARDS) expect(result.stdout).toContain(`${hazard.id}  (${hazard.severity})`);
    expect(result.stdout).toMatch(
      /ok {3}C-stop-every-state {2}\(rule; article P13; tests by core-safety\)\n.*\n {7}- packages\/demo\/src\/a\.test\.ts:1 {2}\[C-stop-every-state\] stops from every state/,
    );
    expect(result.stdout).toMatch(/FAIL C-stop-in-view .*tests by web-session/);
  });

  it("gives the hazard log as JSON, each control with its tests", async () => {
    const result = await trace(["--hazards", "--json", "--root", repository({})]);
    const report = JSON.parse(result.stdout);
    expect(report.hazards.map((h: { id: string }) => h.id)).toEqual(HAZARDS.map((h) => h.id));
    expect(report.hazards[0].controls[0]).toMatchObject({
      id: HAZARDS[0].controls[0],
      tests: [],
      problems: ["no test"],
    });
  });

  it("refuses an unknown option with a usage error", async () => {
    await expect(trace(["--hazard"])).rejects.toThrow(/unknown option --hazard/);
  });
});
