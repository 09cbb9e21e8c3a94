/**
 * Every requirement a person's safety depends on, derived from the content and rule data, each with its
 * source. A test proves a requirement only by carrying its tag, `[R-<id>]`, in a test or describe title
 * (`requirementTag`); `limber trace` fails when a requirement has no source or no such test.
 */
import { EDUCATION } from "../content/education";
import { ESCALATION, JOURNAL_TRIGGERS } from "../content/escalation";
import { DURING_SESSION_GUIDANCE, SAFETY_REMINDER, SELF_CARE_DISCLAIMER } from "../content/safety";
import { IN_POSITION, LOWER_BACK_NEVER_ROLLED, STEP_TIMINGS, TECHNIQUES } from "../content/techniques";
import { BREATHING_PACER, TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import { JOURNAL_THRESHOLDS } from "../journal/thresholds";
import { EMERGENCY_WHY, type EmergencyLinkId } from "../safety/emergency-why";
import { RETRACTION_WINDOW_MS } from "../safety/retracted-answers";
import { ACKNOWLEDGEMENT_VALID_MS, SCREENING_VALID_MS } from "../safety/safety-state";
import { SCREENING_ITEMS } from "../screening/questionnaire";
import { TWIST_HOLD_MIN_SECONDS } from "../session/settings";
import type { Source } from "../source";
import { HOUR_MS } from "../units";

export type RequirementKind =
  | "screening"
  | "journal"
  | "safety-state"
  | "session"
  | "step"
  | "timing"
  | "technique"
  | "safety"
  | "education"
  | "escalation";
export type Requirement = {
  readonly id: string;
  readonly kind: RequirementKind;
  readonly statement: string;
  readonly source: Source | "";
};

/** The tag a test title carries to prove a requirement, e.g. `[R-screening.fever]`. */
export const requirementTag = (id: string) => `R-${id}`;

export function listRequirements(): Requirement[] {
  return [
    ...SCREENING_ITEMS.map(
      (item): Requirement => ({
        id: `screening.${item.linkId}`,
        kind: "screening",
        statement: `A "yes" to "${item.question}" gives ${item.severity}.`,
        source: item.source,
      }),
    ),
    {
      id: "screening.decision",
      kind: "screening",
      statement:
        "Emergency if any emergency item is yes, else see-professional if any item is yes, else self-care; every yes is a reason, most severe first.",
      source: "P14",
    },
    {
      id: "screening.complete-answers",
      kind: "screening",
      statement:
        "Missing, unknown or non-boolean answers are rejected, naming each linkId; never defaulted to no.",
      source: "Limber product rule",
    },
    {
      id: "screening.fhir",
      kind: "screening",
      statement:
        "The questionnaire is available as a FHIR R4 Questionnaire; a QuestionnaireResponse is accepted with the same rules.",
      source: "Limber product rule",
    },
    ...(Object.keys(EMERGENCY_WHY) as EmergencyLinkId[]).map(
      (linkId): Requirement => ({
        id: `emergency-why.${linkId}`,
        kind: "escalation",
        statement: `Why "${linkId}" is an emergency: ${EMERGENCY_WHY[linkId].text}`,
        source: EMERGENCY_WHY[linkId].source,
      }),
    ),
    ...Object.entries(JOURNAL_THRESHOLDS).map(
      ([name, threshold]): Requirement => ({
        id: `journal.threshold.${name}`,
        kind: "journal",
        statement: `${threshold.why} (value ${name.endsWith("Ms") ? `${threshold.value / HOUR_MS} h` : threshold.value}).`,
        source: threshold.source,
      }),
    ),
    {
      id: "journal.reported-symptoms",
      kind: "journal",
      statement:
        "A check-in in the last 7 days reporting a screening symptom flags it with the screening's severity.",
      source: "P14",
    },
    {
      id: "safety-state.levels",
      kind: "safety-state",
      statement:
        "One safety state, most severe first: emergency > see-professional > rest-until > rescreen-needed > ready; its level is its most severe reason's.",
      source: "Limber product rule",
    },
    {
      id: "safety-state.screening-valid-24h",
      kind: "safety-state",
      statement: `A screening answers for ${SCREENING_VALID_MS / HOUR_MS} h; after that, or after a new symptom, screen again.`,
      source: "Limber product rule",
    },
    {
      id: "safety-state.acknowledgement-24h",
      kind: "safety-state",
      statement: `An acknowledgement naming a journal trend flag covers it for ${ACKNOWLEDGEMENT_VALID_MS / HOUR_MS} h; a screening reason is never acknowledgeable.`,
      source: "Limber product rule",
    },
    {
      id: "safety-state.rest-until-next-day",
      kind: "safety-state",
      statement:
        "After a stop for pain, no session before the next local midnight, then only after a screening taken at or after it.",
      source: "Limber product rule",
    },
    {
      id: "safety-state.retraction-1h",
      kind: "safety-state",
      statement: `A yes changed to no within ${RETRACTION_WINDOW_MS / HOUR_MS} h of the previous screening is asked about, and both are kept.`,
      source: "Limber product rule",
    },
    {
      id: "safety-state.emergency-number",
      kind: "safety-state",
      statement: "The tap-to-call number is 999 for en-GB, 911 for en-US and 112 otherwise.",
      source: "Limber product rule",
    },
    {
      id: "session.safety-gate",
      kind: "session",
      statement:
        "A session starts only when the safety state allows it: no emergency, no unacknowledged see-professional reason, no rest after a stop for pain, and a screening younger than 24 h with no new symptom since.",
      source: "Limber product rule",
    },
    {
      id: "session.tight-spot-pause",
      kind: "session",
      statement: `The tight-spot pause lasts ${TIGHT_SPOT_PAUSE.minSeconds} to ${TIGHT_SPOT_PAUSE.maxSeconds} s with slow, deep breaths; never shorter or longer.`,
      source: TIGHT_SPOT_PAUSE.source,
    },
    {
      id: "session.breathing-pacer",
      kind: "session",
      statement: `During a tight-spot pause a pacer breathes in for ${BREATHING_PACER.inhaleSeconds} s and out for ${BREATHING_PACER.exhaleSeconds} s (P5 asks for slow, deep breaths; the pace is Limber's).`,
      source: BREATHING_PACER.pacingSource,
    },
    {
      id: "session.twist-hold",
      kind: "session",
      statement: `Each side of the twist is held at least ${TWIST_HOLD_MIN_SECONDS} s; both sides every time, with a slow return to centre between.`,
      source: "P7",
    },
    {
      id: "session.stop-for-pain",
      kind: "session",
      statement:
        "Stop for sharp, shooting or intense pain is available in every state and ends the session at once.",
      source: "P13",
    },
    {
      id: "session.lower-back-not-rolled",
      kind: "session",
      statement: `${LOWER_BACK_NEVER_ROLLED.text} Rolling stays between the base of the neck and the bottom of the ribcage.`,
      source: LOWER_BACK_NEVER_ROLLED.source,
    },
    ...Object.values(TECHNIQUES).map(
      (technique): Requirement => ({
        id: `technique.${technique.id}.explanation`,
        kind: "technique",
        statement: `${technique.name}: ${technique.explanation.text}`,
        source: technique.explanation.source,
      }),
    ),
    ...Object.values(TECHNIQUES).flatMap((technique) =>
      technique.steps.map(
        (step): Requirement => ({
          id: `step.${step.id}`,
          kind: "step",
          statement: `${technique.name}: ${step.instruction}`,
          source: step.source,
        }),
      ),
    ),
    ...Object.entries(STEP_TIMINGS).map(
      ([name, timing]): Requirement => ({
        id: `timing.${name}`,
        kind: "timing",
        statement: `At least ${timing.minSeconds} s, ${timing.targetSeconds} s by default: ${timing.why}`,
        source: timing.source,
      }),
    ),
    { id: "timing.in-position", kind: "timing", statement: IN_POSITION.why, source: IN_POSITION.source },
    ...SAFETY_REMINDER.map(
      (item): Requirement => ({
        id: `safety.${item.id}`,
        kind: "safety",
        statement: item.text,
        source: item.source,
      }),
    ),
    ...DURING_SESSION_GUIDANCE.map(
      (item): Requirement => ({
        id: `safety.during.${item.id}`,
        kind: "safety",
        statement: item.text,
        source: item.source,
      }),
    ),
    {
      id: "safety.disclaimer",
      kind: "safety",
      statement: SELF_CARE_DISCLAIMER.text,
      source: SELF_CARE_DISCLAIMER.source,
    },
    ...EDUCATION.sections.map(
      (section): Requirement => ({
        id: `education.${section.id}`,
        kind: "education",
        statement: `${section.heading}: ${section.body}`,
        source: section.source,
      }),
    ),
    ...Object.values(ESCALATION).map(
      (level): Requirement => ({
        id: `escalation.${level.severity}`,
        kind: "escalation",
        statement: `${level.who}: ${level.action}`,
        source: level.source,
      }),
    ),
    ...JOURNAL_TRIGGERS.map(
      (trigger): Requirement => ({
        id: `escalation.journal.${trigger.code}`,
        kind: "escalation",
        statement: trigger.text,
        source: trigger.source,
      }),
    ),
  ];
}
