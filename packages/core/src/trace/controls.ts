/**
 * The safety controls of the hazard log (see `hazards.ts`): each a rule, a screen, a wording or a process,
 * with the source it rests on and who writes its tests. A test proves a control only by carrying its id in
 * square brackets in a test or describe title, e.g. `[C-stop-every-state]`.
 */
import type { Source } from "../source";

export type ControlKind = "rule" | "screen" | "wording" | "process";
/** The engineers who write a control's tests, by role. */
export type ControlOwner =
  | "core-safety"
  | "web-screening"
  | "web-session"
  | "illustrations"
  | "sharing"
  | "plan-reminders";

export type Control = {
  readonly id: `C-${string}`;
  /** What the control proves, in one sentence. */
  readonly what: string;
  readonly kind: ControlKind;
  readonly source: Source;
  readonly owners: readonly ControlOwner[];
};

export const CONTROLS = [
  {
    id: "C-triage-emergency",
    what: "Every emergency item answered yes gives an emergency decision, in every combination of answers.",
    kind: "rule",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
    owners: ["core-safety"],
  },
  {
    id: "C-triage-see-professional",
    what: "Every other item answered yes gives see-professional (never self-care), in every combination of answers.",
    kind: "rule",
    source: "P14",
    owners: ["core-safety"],
  },
  {
    id: "C-emergency-persists",
    what: "The safety state stays emergency, whatever is logged and however long ago, until a newer screening.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-emergency-stands-for-day",
    what: "An emergency answer (screening or check-in) is never cleared the same local day: a later screening that day is recorded but keeps the call button and offers no session; the next local day, only a screening taken that day decides.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety", "web-screening"],
  },
  {
    id: "C-retraction-safer-first",
    what: "The retraction question names each reported sign in the person's words, makes keeping the earlier yes the primary answer, shows the call button for an emergency sign, and asks about each see-professional sign on its own.",
    kind: "screen",
    source: "Limber product rule",
    owners: ["web-screening"],
  },
  {
    id: "C-call-wherever-emergency",
    what: "Every screen whose words mention emergency services has a tap-to-call (tel:) link; on Get help it comes first, in the first screenful at 360 x 640.",
    kind: "screen",
    source: "Limber product rule",
    owners: ["web-screening", "web-session"],
  },
  {
    id: "C-emergency-why-per-flag",
    what: "Each emergency flag has its own why and source: cauda equina signs and chest pain are never explained with each other's words.",
    kind: "wording",
    source: 'NHS "Back pain" page: when to get urgent help',
    owners: ["core-safety", "web-screening"],
  },
  {
    id: "C-emergency-number-by-country",
    what: "The tap-to-call number is the medical emergency number of the person's country, from a table covering every ISO 3166 country and territory: the country chosen in Settings, else the browser's locale; unknown: 112 with the country choice beside it.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-engine-refuses-unsafe",
    what: "The session gate and engine refuse to start unless the safety state allows a session.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-doubt-blocks",
    what: "Input the rules cannot read (an unreadable journal or screening date) gives the safer state, never ready.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-screening-stops-at-emergency",
    what: "The screening ends at the first emergency answer and shows the emergency at once.",
    kind: "screen",
    source: "Limber product rule",
    owners: ["web-screening"],
  },
  {
    id: "C-emergency-everywhere",
    what: "Home, techniques, a typed session URL and help show the emergency in red with a tel: link and offer no technique.",
    kind: "screen",
    source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999',
    owners: ["web-screening"],
  },
  {
    id: "C-see-professional-blocks",
    what: "A see-professional screening blocks sessions and offers no acknowledgement.",
    kind: "rule",
    source: "P14",
    owners: ["core-safety", "web-screening"],
  },
  {
    id: "C-retraction-confirmed",
    what: 'A yes re-answered as no within an hour asks "Did you answer by mistake?" and both answers are kept.',
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety", "web-screening"],
  },
  {
    id: "C-rescreen-24h",
    what: "No screening, or one older than 24 hours, asks for a screening before a session.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-rescreen-new-symptom",
    what: "A symptom reported in a check-in after the screening asks for a new screening.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-stop-every-state",
    what: "Stop for pain works from every state of the session engine and ends the session at once.",
    kind: "rule",
    source: "P13",
    owners: ["core-safety"],
  },
  {
    id: "C-stop-in-view",
    what: "The stop control is in view and uncovered in every session state, at 360 x 640 and in landscape.",
    kind: "screen",
    source: "P13",
    owners: ["web-session"],
  },
  {
    id: "C-end-asks-why",
    what: 'Ending a session asks "pain" or "done for now"; pain takes the stop path.',
    kind: "screen",
    source: "P13",
    owners: ["web-session"],
  },
  {
    id: "C-back-pauses",
    what: "The browser's back button mid-session pauses and asks, never ends silently.",
    kind: "screen",
    source: "P13",
    owners: ["web-session"],
  },
  {
    id: "C-stop-saved-first",
    what: "A stop is written locally before anything else; a failed save still blocks; the message never claims what was not saved.",
    kind: "screen",
    source: "P13",
    owners: ["web-session"],
  },
  {
    id: "C-rest-until-next-day",
    what: "After a stop for pain, no session before the next local day, then only after a screening taken at or after that midnight.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety", "web-session"],
  },
  {
    id: "C-journal-flags-escalate",
    what: "The journal trend flags (P20, repeated stops for pain) raise see-professional in the safety state.",
    kind: "rule",
    source: "P20",
    owners: ["core-safety"],
  },
  {
    id: "C-acknowledgement-required",
    what: "A journal see-professional flag needs a recorded acknowledgement naming it, younger than 24 hours, before a session.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety", "web-session"],
  },
  {
    id: "C-roll-range",
    what: "Rolling stays between the base of the neck and the bottom of the ribcage, never the lower back.",
    kind: "wording",
    source: "P5",
    owners: ["core-safety"],
  },
  {
    id: "C-roller-pose-range",
    what: "Illustrations keep the roller in range, feet flat and knees bent, both shoulder blades down in the twist, the bent knee guided across the body to the opposite side.",
    kind: "screen",
    source: "P4",
    owners: ["illustrations"],
  },
  {
    id: "C-reminder-before-session",
    what: "The P13 reminder (slow control, no momentum or bouncing, minimal force, stop for pain) is shown and confirmed before every session.",
    kind: "wording",
    source: "P13",
    owners: ["core-safety", "web-session"],
  },
  {
    id: "C-no-pop-goal",
    what: "No goal, reward or streak is tied to a pop.",
    kind: "wording",
    source: "P11",
    owners: ["core-safety"],
  },
  {
    id: "C-tight-spot-20-30",
    what: "A tight-spot pause lasts 20 to 30 seconds, never shorter or longer.",
    kind: "rule",
    source: "P5",
    owners: ["core-safety"],
  },
  {
    id: "C-tight-spot-pause-ends",
    what: 'Pausing during a tight-spot pause ends the spot ("Ease off the roller", spoken and shown) and rolling goes on after resume: no tight spot lasts longer than 30 s of wall-clock time, whatever the person or the clock does.',
    kind: "rule",
    source: "P5",
    owners: ["core-safety", "web-session"],
  },
  {
    id: "C-waits-for-person",
    what: "Steps the article gives no time for (getting into position, guiding the knee across, rolling) wait for the person and never move on by themselves; only timed steps count down.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety", "web-session"],
  },
  {
    id: "C-twist-hold-30-both-sides",
    what: "Each side of the twist is held at least 30 seconds, both sides every time, with a slow return.",
    kind: "rule",
    source: "P7",
    owners: ["core-safety"],
  },
  {
    id: "C-messages-agree",
    what: "No green reassurance while a warning stands; the visit summary lists every reason, pain stops included.",
    kind: "screen",
    source: "Limber product rule",
    owners: ["web-screening"],
  },
  {
    id: "C-day-count-bounded",
    what: "A trend message never counts more days than its window.",
    kind: "wording",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-wording-pinned",
    what: "Every safety-bearing sentence is pinned by a test that fails when it is reversed or removed.",
    kind: "wording",
    source: "P13",
    owners: ["core-safety"],
  },
  {
    id: "C-wording-on-screen",
    what: "Every safety sentence is pinned where it is shown: a test renders each screen that shows one and fails when its key phrase is missing or reversed.",
    kind: "wording",
    source: "Limber product rule",
    owners: ["web-screening", "web-session"],
  },
  {
    id: "C-content-sourced",
    what: "Every instruction, number and rule cites a paragraph that gives it, a named guideline, or a product rule with its reason.",
    kind: "process",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-no-diagnosis-claim",
    what: "No content claims to diagnose or treat.",
    kind: "wording",
    source: "P20",
    owners: ["core-safety"],
  },
  {
    id: "C-stopped-screening-recorded",
    what: "A screening stopped at its first emergency answer reaches the record, its exports and a clinician's share as an emergency, holding only the questions asked.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["core-safety", "sharing"],
  },
  {
    id: "C-share-read-only",
    what: "A share token reads exactly one person's record, never writes and grants nothing else.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["sharing"],
  },
  {
    id: "C-share-expires-revokes",
    what: "Unknown, expired and revoked share tokens all answer 404 share_not_found.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["sharing"],
  },
  {
    id: "C-trace-by-title",
    what: "A requirement or control is proved only by a test whose title carries its id; a comment, a string elsewhere or a skipped test never counts.",
    kind: "process",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-tests-not-silent",
    what: "The test summary counts suites not run; the browser placeholder is not a pass.",
    kind: "process",
    source: "Limber product rule",
    owners: ["core-safety"],
  },
  {
    id: "C-reminder-neutral",
    what: "Every reminder (push and calendar) invites a check-in and a safety check, names no technique, symptom or health detail, and leads to the home screen, never into a session.",
    kind: "wording",
    source: "Limber product rule",
    owners: ["plan-reminders"],
  },
  {
    id: "C-reminder-quiet-when-unsafe",
    what: "The server sends no reminder while the record it holds says emergency, or rest after a stop for pain.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["plan-reminders"],
  },
  {
    id: "C-plan-spacing",
    what: "A plan cannot schedule the same technique (or 'whichever feels right') twice within 4 hours, nor more than twice a day.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["plan-reminders"],
  },
  {
    id: "C-rest-day-kept",
    what: "A rest day after a stop for pain is kept whatever the plan says: the server sends no reminder that day.",
    kind: "rule",
    source: "Limber product rule",
    owners: ["plan-reminders"],
  },
] as const satisfies readonly Control[];

export type ControlId = (typeof CONTROLS)[number]["id"];

const byId = new Map<string, Control>(CONTROLS.map((control) => [control.id, control]));

export function controlById(id: ControlId): Control {
  return byId.get(id) as Control;
}
