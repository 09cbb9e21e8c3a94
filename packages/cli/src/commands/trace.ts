/**
 * `limber trace [--json]`: every requirement (rule, step, number) with its source and the tests that cover
 * it. Exits 1 when any requirement lacks a source or a test, so CI can hold the line.
 */
import { isArticleParagraph, listRequirements } from "@limber/core";
import { writeJson } from "../io";
import { EXIT } from "../usage-error";
import { parseOptions } from "./arguments";
import type { Command } from "./command";
import { findMentions, readTestFiles } from "./test-index";

export const traceCommand: Command = {
  name: "trace",
  summary: "every requirement with its source and covering tests; exit 1 if any lacks one",
  async run(args, io) {
    const options = parseOptions(args, ["root"], ["json"]);
    const root = typeof options.root === "string" ? options.root : (io.env.INIT_CWD ?? process.cwd());
    const files = await readTestFiles(root);
    const rows = listRequirements().map((requirement) => {
      const tests = findMentions(files, requirement.keys);
      const problems = [
        ...(requirement.source === "" ? ["no source"] : []),
        ...(tests.length === 0 ? ["no test"] : []),
      ];
      return { ...requirement, tests, problems };
    });
    const failing = rows.filter((row) => row.problems.length > 0);
    if (options.json) {
      writeJson(io, { requirements: rows, testFiles: files.length, failing: failing.map((row) => row.id) });
    } else {
      for (const row of rows) {
        const cited = isArticleParagraph(row.source) ? `article ${row.source}` : row.source || "NO SOURCE";
        io.stdout.write(
          `${row.problems.length > 0 ? "FAIL" : "ok  "} ${row.id}  [${cited}]\n     ${row.statement}\n`,
        );
        const shown = row.tests.slice(0, 3);
        for (const test of shown) io.stdout.write(`     - ${test.file}:${test.line}  ${test.title}\n`);
        if (row.tests.length > shown.length)
          io.stdout.write(`     - and ${row.tests.length - shown.length} more\n`);
        if (row.problems.length > 0) io.stdout.write(`     !! ${row.problems.join(", ")}\n`);
      }
      io.stdout.write(
        `\n${rows.length - failing.length} of ${rows.length} requirements have a source and a test (${files.length} test files read).\n`,
      );
    }
    if (failing.length > 0) {
      io.stderr.write(
        `limber trace: ${failing.length} requirement(s) lack a source or a test: ${failing.map((r) => r.id).join(", ")}\n`,
      );
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};
