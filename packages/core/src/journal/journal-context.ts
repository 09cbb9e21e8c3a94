/**
 * What the journal rules read and what they answer: the validated journal (assess.ts builds it) and the
 * flags (rules.ts raises them). Types only, in a file of their own, so the rules and the assessment that
 * runs them do not import each other.
 */
import type { Severity } from "../screening/questionnaire";
import type { JournalEvent } from "./events";

export type Flag = { code: string; severity: Severity; message: string; since?: string };
export type Assessment = { recommendation: "self-care" | Severity; flags: Flag[] };

/** A validated event with its instant, so the rules never parse dates again. */
export type TimedEvent = JournalEvent & { readonly epochMs: number };
export type JournalContext = {
  readonly timeZone: string;
  readonly nowMs: number;
  readonly events: readonly TimedEvent[];
};
