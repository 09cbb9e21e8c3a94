/** `limber assess [FILE]`: assessment input JSON -> assessment JSON. `now` defaults to the current time. */
import { assessJournal, describeIssues } from "@limber/core";
import { readJsonInput, writeJson } from "../io";
import { EXIT, UsageError } from "../usage-error";
import { singleFileArgument } from "./arguments";
import type { Command } from "./command";

export const assessCommand: Command = {
  name: "assess",
  summary: "assessment input JSON (file or stdin) -> assessment JSON",
  async run(args, io) {
    const input = await readJsonInput(singleFileArgument(args), io);
    const withNow =
      typeof input === "object" && input !== null && !Array.isArray(input) && !("now" in input)
        ? { ...input, now: io.now().toISOString() }
        : input;
    const assessment = assessJournal(withNow);
    if (!assessment.ok)
      throw new UsageError(`invalid assessment input: ${describeIssues(assessment.issues)}`);
    writeJson(io, assessment.value);
    return EXIT.ok;
  },
};
