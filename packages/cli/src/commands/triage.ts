/** `limber triage [FILE]`: a screening request (answers or FHIR QuestionnaireResponse) -> decision JSON. */
import { decide, describeIssues, parseScreeningRequest, SCREENING_LINK_IDS } from "@limber/core";
import { readJsonInput, writeJson } from "../io";
import { EXIT, UsageError } from "../usage-error";
import { singleFileArgument } from "./arguments";
import type { Command } from "./command";

/** A complete request: every one of the 16 questions, answered no. Edit any to true to see its decision. */
export const TRIAGE_EXAMPLE = {
  answers: Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])),
};

export const triageCommand: Command = {
  name: "triage",
  summary: "screening request JSON (file or stdin) -> decision JSON",
  async run(args, io) {
    if (args.length === 1 && args[0] === "--example") {
      writeJson(io, TRIAGE_EXAMPLE);
      return EXIT.ok;
    }
    const input = await readJsonInput(singleFileArgument(args), io);
    const answers = parseScreeningRequest(input);
    if (!answers.ok) throw new UsageError(`invalid screening request: ${describeIssues(answers.issues)}`);
    writeJson(io, decide(answers.value));
    return EXIT.ok;
  },
};
