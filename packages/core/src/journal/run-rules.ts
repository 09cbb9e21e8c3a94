/**
 * The journal rules over a journal already validated and timed: every flag, most severe first. No schema
 * library here, so a trusted caller (the server's stored rows, a device's own records) pays only for the rules.
 */
import { severityRank } from "../screening/questionnaire";
import type { Assessment, JournalContext } from "./journal-context";
import { JOURNAL_RULES } from "./rules";

export function assess(context: JournalContext): Assessment {
  const flags = JOURNAL_RULES.flatMap((rule) => rule(context)).sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity),
  );
  return { recommendation: flags[0]?.severity ?? "self-care", flags };
}
