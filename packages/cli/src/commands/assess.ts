/** `limber assess [FILE]`: assessment input JSON -> assessment JSON. `now` defaults to the current time. */
import { assessJournal, describeIssues } from "@limber/core";
import { readJsonInput, writeJson } from "../io";
import { EXIT, UsageError } from "../usage-error";
import { singleFileArgument } from "./arguments";
import type { Command } from "./command";

/** A complete input: a check-in, a session and two urges to adjust on one day (which flags P20). */
export const ASSESS_EXAMPLE = {
  timeZone: "Europe/London",
  now: "2026-11-24T20:00:00Z",
  events: [
    {
      type: "check-in",
      id: "0b7c6a53-1c1e-4d59-9a51-0c2f3e5d7a10",
      at: "2026-11-24T08:30:00Z",
      stiffness: 4,
      pain: 2,
      symptoms: [],
    },
    {
      type: "session",
      id: "5f0d3c2e-8b4a-4f6e-9d21-7a3b9c1e2f40",
      at: "2026-11-24T09:00:00Z",
      technique: "thoracic-foam-roll",
      outcome: "completed",
    },
    { type: "adjust-urge", id: "9a2e4b61-3c7d-4e8f-a1b2-c3d4e5f60718", at: "2026-11-24T12:00:00Z" },
    { type: "adjust-urge", id: "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", at: "2026-11-24T17:00:00Z" },
  ],
};

export const assessCommand: Command = {
  name: "assess",
  summary: "assessment input JSON (file or stdin) -> assessment JSON",
  async run(args, io) {
    if (args.length === 1 && args[0] === "--example") {
      writeJson(io, ASSESS_EXAMPLE);
      return EXIT.ok;
    }
    const input = await readJsonInput(singleFileArgument(args), io);
    const withNow =
      typeof input === "object" && input !== null && !Array.isArray(input) && !("now" in input)
        ? { ...input, now: new Date(io.clock.wallNow()).toISOString() }
        : input;
    const assessment = assessJournal(withNow);
    if (!assessment.ok)
      throw new UsageError(`invalid assessment input: ${describeIssues(assessment.issues)}`);
    writeJson(io, assessment.value);
    return EXIT.ok;
  },
};
