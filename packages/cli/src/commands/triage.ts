/** `limber triage [FILE]`: a screening request (answers or FHIR QuestionnaireResponse) -> decision JSON. */
import { decide, describeIssues, parseScreeningRequest } from "@limber/core";
import { readJsonInput, writeJson } from "../io";
import { EXIT, UsageError } from "../usage-error";
import { singleFileArgument } from "./arguments";
import type { Command } from "./command";

export const triageCommand: Command = {
  name: "triage",
  summary: "screening request JSON (file or stdin) -> decision JSON",
  async run(args, io) {
    const input = await readJsonInput(singleFileArgument(args), io);
    const answers = parseScreeningRequest(input);
    if (!answers.ok) throw new UsageError(`invalid screening request: ${describeIssues(answers.issues)}`);
    writeJson(io, decide(answers.value));
    return EXIT.ok;
  },
};
