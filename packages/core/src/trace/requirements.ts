/**
 * Every requirement a person's safety depends on, derived from the content and rule data, each with its
 * source and the literal keys that tests covering it must mention. `limber trace` matches the keys against
 * the test files and fails when a requirement has no source or no test.
 */
import { EDUCATION } from "../content/education";
import { ESCALATION } from "../content/escalation";
import { SAFETY_REMINDER } from "../content/safety";
import { TECHNIQUES } from "../content/techniques";
import { TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import { JOURNAL_THRESHOLDS } from "../journal/thresholds";
import { SCREENING_ITEMS } from "../screening/questionnaire";
import { SCREENING_VALID_MS } from "../session/gate";
import { TWIST_HOLD_MIN_SECONDS } from "../session/settings";
import type { Source } from "../source";
import { HOUR_MS } from "../units";

export type RequirementKind =
  | "screening"
  | "journal"
  | "session"
  | "step"
  | "safety"
  | "education"
  | "escalation";
export type Requirement = {
  readonly id: string;
  readonly kind: RequirementKind;
  readonly statement: string;
  readonly source: Source | "";
  /** A test covers the requirement when it mentions any of these literally. */
  readonly keys: readonly string[];
};

const thresholdRule: Record<keyof typeof JOURNAL_THRESHOLDS, string> = {
  persistentStiffness: "persistent-48h",
  persistentMs: "persistent-48h",
  adjustUrgesPerDay: "frequent-adjusting",
  sharpPainStops: "repeated-sharp-pain",
  recentWindowMs: "7 days",
};

export function listRequirements(): Requirement[] {
  return [
    ...SCREENING_ITEMS.map(
      (item): Requirement => ({
        id: `screening.${item.linkId}`,
        kind: "screening",
        statement: `A "yes" to "${item.question}" gives ${item.severity}.`,
        source: item.source,
        keys: [item.linkId],
      }),
    ),
    {
      id: "screening.decision",
      kind: "screening",
      statement:
        "Emergency if any emergency item is yes, else see-professional if any item is yes, else self-care; every yes is a reason, most severe first.",
      source: "P14",
      keys: ["every combination", "2^16"],
    },
    {
      id: "screening.complete-answers",
      kind: "screening",
      statement:
        "Missing, unknown or non-boolean answers are rejected, naming each linkId; never defaulted to no.",
      source: "Limber product rule",
      keys: ["missing_answer", "not_boolean", "unknown_item"],
    },
    {
      id: "screening.fhir",
      kind: "screening",
      statement:
        "The questionnaire is available as a FHIR R4 Questionnaire; a QuestionnaireResponse is accepted with the same rules.",
      source: "Limber product rule",
      keys: ["QuestionnaireResponse"],
    },
    ...Object.entries(JOURNAL_THRESHOLDS).map(
      ([name, threshold]): Requirement => ({
        id: `journal.threshold.${name}`,
        kind: "journal",
        statement: `${threshold.why} (value ${name.endsWith("Ms") ? `${threshold.value / HOUR_MS} h` : threshold.value}).`,
        source: threshold.source,
        keys: [thresholdRule[name as keyof typeof JOURNAL_THRESHOLDS]],
      }),
    ),
    {
      id: "journal.reported-symptoms",
      kind: "journal",
      statement:
        "A check-in in the last 7 days reporting a screening symptom flags it with the screening's severity.",
      source: "P14",
      keys: ["symptoms reported in a check-in"],
    },
    {
      id: "session.screening-gate",
      kind: "session",
      statement: `A session starts only on a self-care screening younger than ${SCREENING_VALID_MS / HOUR_MS} h, with no stop for pain or new symptom since.`,
      source: "P14",
      keys: ["24 hours"],
    },
    {
      id: "session.tight-spot-pause",
      kind: "session",
      statement: `The tight-spot pause lasts ${TIGHT_SPOT_PAUSE.minSeconds} to ${TIGHT_SPOT_PAUSE.maxSeconds} s with slow, deep breaths; never shorter or longer.`,
      source: TIGHT_SPOT_PAUSE.source,
      keys: ["tight spot"],
    },
    {
      id: "session.twist-hold",
      kind: "session",
      statement: `Each side of the twist is held at least ${TWIST_HOLD_MIN_SECONDS} s; both sides every time, with a slow return to centre between.`,
      source: "P7",
      keys: ["both sides", "at least 30"],
    },
    {
      id: "session.stop-for-pain",
      kind: "session",
      statement:
        "Stop for sharp, shooting or intense pain is available in every state and ends the session at once.",
      source: "P13",
      keys: ["stop-for-pain", "stopped-for-pain"],
    },
    {
      id: "session.lower-back-not-rolled",
      kind: "session",
      statement:
        "The lower back is never foam-rolled; rolling stays between the base of the neck and the bottom of the ribcage.",
      source: "P6",
      keys: ["never the lower back"],
    },
    ...Object.values(TECHNIQUES).flatMap((technique) =>
      technique.steps.map(
        (step): Requirement => ({
          id: `step.${step.id}`,
          kind: "step",
          statement: `${technique.name}: ${step.instruction}`,
          source: step.source,
          keys: [step.id],
        }),
      ),
    ),
    ...SAFETY_REMINDER.map(
      (item): Requirement => ({
        id: `safety.${item.id}`,
        kind: "safety",
        statement: item.text,
        source: item.source,
        keys: [item.id],
      }),
    ),
    ...EDUCATION.sections.map(
      (section): Requirement => ({
        id: `education.${section.id}`,
        kind: "education",
        statement: section.heading,
        source: section.source,
        keys: [section.id],
      }),
    ),
    ...Object.values(ESCALATION).map(
      (level): Requirement => ({
        id: `escalation.${level.severity}`,
        kind: "escalation",
        statement: `${level.who}: ${level.action}`,
        source: level.source,
        keys: [level.who],
      }),
    ),
  ];
}
