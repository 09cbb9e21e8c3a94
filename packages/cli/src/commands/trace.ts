/**
 * `limber trace [--json] [--hazards]`: every requirement (rule, step, number) with its source, and every safety
 * control of the hazard log, with the tests that prove it. A test proves an id only by carrying it in square
 * brackets in its title (`[R-screening.fever]`, `[C-stop-every-state]`). Exits 1 when a requirement lacks a
 * source or a test, a control lacks a test, or a title names an id that does not exist.
 */
import {
  CONTROLS,
  HAZARDS,
  isArticleParagraph,
  listRequirements,
  type Requirement,
  requirementTag,
} from "@limber/core";
import type { CommandIO } from "../io";
import { writeJson } from "../io";
import { EXIT } from "../usage-error";
import { parseOptions } from "./arguments";
import type { Command } from "./command";
import { indexTestIds, readTestFiles, type TitledTest } from "./test-index";

type RequirementRow = Requirement & { tests: TitledTest[]; problems: string[] };
type ControlRow = (typeof CONTROLS)[number] & { tests: TitledTest[]; problems: string[] };

export const traceCommand: Command = {
  name: "trace",
  summary: "requirements and hazard controls with their sources and tests; exit 1 if any lacks one",
  async run(args, io) {
    const options = parseOptions(args, ["root"], ["json", "hazards"]);
    const root = typeof options.root === "string" ? options.root : (io.env.INIT_CWD ?? process.cwd());
    const files = await readTestFiles(root);
    const index = indexTestIds(files);
    const requirements: RequirementRow[] = listRequirements().map((requirement) => {
      const tests = index.get(requirementTag(requirement.id)) ?? [];
      const problems = [
        ...(requirement.source === "" ? ["no source"] : []),
        ...(tests.length === 0 ? ["no test"] : []),
      ];
      return { ...requirement, tests, problems };
    });
    const controls: ControlRow[] = CONTROLS.map((control) => {
      const tests = index.get(control.id) ?? [];
      return { ...control, tests, problems: tests.length === 0 ? ["no test"] : [] };
    });
    const known = new Set<string>([
      ...requirements.map((row) => requirementTag(row.id)),
      ...controls.map((row) => row.id),
      ...HAZARDS.map((hazard) => hazard.id),
    ]);
    const unknownIds = [...index].filter(([id]) => !known.has(id)).map(([id, tests]) => ({ id, tests }));
    const failing = [
      ...requirements.filter((row) => row.problems.length > 0).map((row) => requirementTag(row.id)),
      ...controls.filter((row) => row.problems.length > 0).map((row) => row.id),
      ...unknownIds.map((unknown) => unknown.id),
    ];

    if (options.json) {
      const hazards = HAZARDS.map((hazard) => ({
        ...hazard,
        controls: hazard.controls.map((id) => controls.find((row) => row.id === id) as ControlRow),
      }));
      writeJson(io, {
        ...(options.hazards ? { hazards } : { requirements, controls }),
        unknownIds,
        testFiles: files.length,
        failing,
      });
    } else if (options.hazards) {
      printHazards(io, controls);
    } else {
      printRequirements(io, requirements, controls);
    }
    if (!options.json) {
      for (const unknown of unknownIds) {
        const first = unknown.tests[0] as TitledTest;
        io.stdout.write(`FAIL unknown id [${unknown.id}] in ${first.file}:${first.line}  ${first.title}\n`);
      }
      io.stdout.write(
        `\n${requirements.filter((r) => r.problems.length === 0).length} of ${requirements.length} requirements and ` +
          `${controls.filter((c) => c.tests.length > 0).length} of ${controls.length} controls have their tests ` +
          `(${files.length} test files read).\n`,
      );
    }
    if (failing.length > 0) {
      io.stderr.write(
        `limber trace: ${failing.length} id(s) lack a source or a test, or are unknown: ${failing.join(", ")}\n`,
      );
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};

function citation(source: string): string {
  return isArticleParagraph(source) ? `article ${source}` : source || "NO SOURCE";
}

function writeTests(io: CommandIO, tests: readonly TitledTest[], limit: number) {
  for (const test of tests.slice(0, limit))
    io.stdout.write(`     - ${test.file}:${test.line}  ${test.title}\n`);
  if (tests.length > limit) io.stdout.write(`     - and ${tests.length - limit} more\n`);
}

function printRequirements(
  io: CommandIO,
  requirements: readonly RequirementRow[],
  controls: readonly ControlRow[],
) {
  for (const row of requirements) {
    io.stdout.write(
      `${row.problems.length > 0 ? "FAIL" : "ok  "} [${requirementTag(row.id)}]  [${citation(row.source)}]\n     ${row.statement}\n`,
    );
    writeTests(io, row.tests, 3);
    if (row.problems.length > 0) io.stdout.write(`     !! ${row.problems.join(", ")}\n`);
  }
  for (const row of controls) {
    io.stdout.write(`${row.problems.length > 0 ? "FAIL" : "ok  "} [${row.id}]  ${row.what}\n`);
    writeTests(io, row.tests, 3);
    if (row.problems.length > 0) io.stdout.write(`     !! no test (tests by ${row.owners.join(", ")})\n`);
  }
}

function printHazards(io: CommandIO, controls: readonly ControlRow[]) {
  for (const hazard of HAZARDS) {
    io.stdout.write(
      `\n${hazard.id}  (${hazard.severity})\n  hazard: ${hazard.hazard}\n  harm:   ${hazard.harm}\n  cause:  ${hazard.cause}\n`,
    );
    for (const id of hazard.controls) {
      const control = controls.find((row) => row.id === id) as ControlRow;
      io.stdout.write(
        `  ${control.tests.length > 0 ? "ok  " : "FAIL"} ${control.id}  (${control.kind}; ${citation(control.source)}; tests by ${control.owners.join(", ")})\n       ${control.what}\n`,
      );
      for (const test of control.tests)
        io.stdout.write(`       - ${test.file}:${test.line}  ${test.title}\n`);
      if (control.tests.length === 0) io.stdout.write("       !! no test\n");
    }
  }
}
