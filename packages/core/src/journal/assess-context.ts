/** The journal rules over a journal already read (validated, sorted, each event once): no schema library. */
import { severityRank } from "../screening/questionnaire";
import type { Assessment, JournalContext } from "./journal-context";
import { JOURNAL_RULES } from "./rules";

/** The rules over a validated journal: every flag, most severe first. */
export function assess(context: JournalContext): Assessment {
  const flags = JOURNAL_RULES.flatMap((rule) => rule(context)).sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity),
  );
  return { recommendation: flags[0]?.severity ?? "self-care", flags };
}
