/**
 * The hazard log, kept as data the way regulated medical software keeps one (ISO 14971 style): each hazard
 * (what could go wrong), the harm it could do, its cause, its severity, and the controls (`controls.ts`) that
 * reduce it. `limber trace --hazards` prints it with the tests that prove each control, and fails when a
 * control has none.
 */
import type { ControlId } from "./controls";

export {
  CONTROLS,
  type Control,
  type ControlId,
  type ControlKind,
  type ControlOwner,
  controlById,
} from "./controls";

/** ISO 14971 severity of the harm, from the worst. */
export type HarmSeverity = "catastrophic" | "critical" | "serious" | "minor";
export type Hazard = {
  readonly id: `H-${string}`;
  readonly hazard: string;
  readonly harm: string;
  readonly cause: string;
  readonly severity: HarmSeverity;
  readonly controls: readonly ControlId[];
};

export const HAZARDS = [
  {
    id: "H-emergency-guided-into-session",
    hazard:
      "A person with cauda equina signs or chest pain is guided into a session instead of calling for help.",
    harm: "Delayed emergency care: permanent nerve damage (bladder, bowel, legs) or a missed heart or aortic emergency.",
    cause: "A red flag not asked, not decided as an emergency, or not enforced by the session engine.",
    severity: "catastrophic",
    controls: [
      "C-triage-emergency",
      "C-screening-stops-at-emergency",
      "C-engine-refuses-unsafe",
      "C-doubt-blocks",
      "C-emergency-stands-for-day",
    ],
  },
  {
    id: "H-emergency-softened",
    hazard: "An emergency message is softened, hidden or contradicted after the outcome screen.",
    harm: "The person waits instead of calling emergency services.",
    cause: "Screens that reword the state, a reminder that lapses, or a later event that clears it.",
    severity: "catastrophic",
    controls: [
      "C-emergency-persists",
      "C-emergency-everywhere",
      "C-emergency-why-per-flag",
      "C-emergency-number-by-country",
      "C-messages-agree",
      "C-stopped-screening-recorded",
      "C-emergency-stands-for-day",
      "C-retraction-safer-first",
      "C-call-wherever-emergency",
    ],
  },
  {
    id: "H-contraindication-ignored",
    hazard:
      "A person with a contraindication (recent injury, disc issue, osteoporosis, sudden acute pain, nerve symptoms) does a technique.",
    harm: "Worsened injury, a fracture in fragile bone, aggravated nerve irritation.",
    cause: "A see-professional answer that does not block, or is re-answered at once to clear it.",
    severity: "critical",
    controls: [
      "C-triage-see-professional",
      "C-see-professional-blocks",
      "C-retraction-confirmed",
      "C-retraction-safer-first",
      "C-engine-refuses-unsafe",
    ],
  },
  {
    id: "H-stale-screening",
    hazard: "A session starts on a screening that no longer describes the person.",
    harm: "A new red flag or contraindication goes unnoticed.",
    cause: "An old screening, or a new symptom reported after it.",
    severity: "critical",
    controls: ["C-rescreen-24h", "C-rescreen-new-symptom", "C-engine-refuses-unsafe"],
  },
  {
    id: "H-keeps-going-after-pain",
    hazard: "A person keeps going after sharp, shooting or intense pain.",
    harm: "Injury to muscle, joint or nerve.",
    cause: "No stop in reach, a stop that can be side-stepped, or a session resumed the same day.",
    severity: "serious",
    controls: [
      "C-stop-every-state",
      "C-stop-in-view",
      "C-end-asks-why",
      "C-back-pauses",
      "C-rest-until-next-day",
      "C-reminder-before-session",
    ],
  },
  {
    id: "H-stop-lost",
    hazard: "A stop for pain is lost when saving fails.",
    harm: "The rest and the re-screen after pain are skipped.",
    cause: "A save that fails after the screen has moved on, or a message that claims what was not saved.",
    severity: "serious",
    controls: ["C-stop-saved-first", "C-rest-until-next-day"],
  },
  {
    id: "H-warning-trend-ignored",
    hazard:
      "A journal trend that needs a professional (persistent back pain or stiffness, frequent adjusting, repeated pain stops) is ignored.",
    harm: "An underlying condition goes undiagnosed while self-care continues.",
    cause: "Journal warnings that are advisory only, or a trend message that miscounts.",
    severity: "serious",
    controls: [
      "C-journal-flags-escalate",
      "C-acknowledgement-required",
      "C-day-count-bounded",
      "C-messages-agree",
    ],
  },
  {
    id: "H-lower-back-rolled",
    hazard: "A person rolls the lower back, or rolls outside the thoracic range.",
    harm: "Direct pressure on the lumbar spine, which needs a gentler approach.",
    cause: "An instruction or picture that does not say or show the range.",
    severity: "serious",
    controls: ["C-roll-range", "C-roller-pose-range", "C-wording-pinned"],
  },
  {
    id: "H-forceful-technique",
    hazard: "A person uses momentum, bouncing or force, or holds a position for the wrong time.",
    harm: "Strain from a forceful twist or too much pressure.",
    cause:
      'Wording reversed or lost ("quickly", "bounce into", "firm pressure"), a timer outside the article\'s bounds.',
    severity: "serious",
    controls: [
      "C-reminder-before-session",
      "C-wording-pinned",
      "C-tight-spot-20-30",
      "C-tight-spot-pause-ends",
      "C-waits-for-person",
      "C-twist-hold-30-both-sides",
      "C-roller-pose-range",
    ],
  },
  {
    id: "H-pop-chasing",
    hazard: "A person chases a pop.",
    harm: "Repeated forceful self-manipulation.",
    cause: "A goal, reward or wording that makes the pop the aim.",
    severity: "minor",
    controls: ["C-no-pop-goal", "C-wording-pinned"],
  },
  {
    id: "H-overclaim",
    hazard:
      "Limber's wording says more than its sources: a diagnosis, a treatment, or a number the article does not give.",
    harm: "False reassurance, or a decision made on a claim nobody reviewed.",
    cause: "Unsourced or overreaching sentences and numbers.",
    severity: "serious",
    controls: ["C-no-diagnosis-claim", "C-content-sourced", "C-wording-pinned", "C-wording-on-screen"],
  },
  {
    id: "H-record-exposed",
    hazard: "A shared record reaches someone it was not meant for, or a share changes it.",
    harm: "Disclosure of health data; a record altered without the person's consent.",
    cause: "A token that outlives its expiry or revocation, or grants more than reading one record.",
    severity: "serious",
    controls: ["C-share-read-only", "C-share-expires-revokes"],
  },
  {
    id: "H-tests-shrink-silently",
    hazard: "A safety test stops running without anyone noticing.",
    harm: "A control breaks while the gate stays green.",
    cause: "Suites left out for a missing database or browser, counted as passes or not at all.",
    severity: "serious",
    controls: ["C-tests-not-silent", "C-trace-by-title"],
  },
  {
    id: "H-reminder-invites-unsafe-session",
    hazard:
      "A plan reminder invites a person in an emergency state, or on a rest day after a stop for pain, into a session, or a plan schedules one technique too often.",
    harm: "A session instead of urgent care, or repeated strain on a back that needs rest.",
    cause:
      "A reminder written as an invitation to roll, sent whatever the safety state, or a plan without spacing rules.",
    severity: "critical",
    controls: ["C-reminder-neutral", "C-reminder-quiet-when-unsafe", "C-plan-spacing", "C-rest-day-kept"],
  },
] as const satisfies readonly Hazard[];
