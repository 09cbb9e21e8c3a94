/**
 * The words for what ends a safety reason and for the earliest way back to a session, from the core's
 * way-back.ts. Dates read in local time ("the start of Sunday 6 December", "Thursday 10 December, 09:00").
 */
import type { ReasonEnd, ReasonGroup, WayBack } from "@limber/core/safety/safety-state";
import { localDateTime, originLabel } from "./reason-origin";

const SAFETY_CHECK_DUE = "safety-check-due";

/** "on Thursday 10 December, 09:00", or "at the start of Sunday 6 December" for a local midnight. */
function onOrAt(iso: string, locale?: string): string {
  const words = localDateTime(iso, locale);
  return words.startsWith("the start of") ? `at ${words}` : `on ${words}`;
}

/** What ends one line: "Ends with a new safety check from the start of Sunday 6 December." */
export function endWords(end: ReasonEnd, group: ReasonGroup, locale?: string): string {
  switch (end.kind) {
    case "safety-check":
      if (end.from !== undefined)
        return `Ends with a new safety check from ${localDateTime(end.from, locale)}.`;
      return group.code === SAFETY_CHECK_DUE
        ? "Ends as soon as you answer them."
        : "Ends with a new safety check that no longer finds it.";
    case "date":
      return end.when === "no-day-with-two-urges"
        ? `Ends ${onOrAt(end.at, locale)}, when no day of the last 7 has two urges, if no more come.`
        : `Ends ${onOrAt(end.at, locale)}, when fewer than two sessions in the last 7 days were stopped for pain, if no more are.`;
    case "eased-check-in":
      return `Ends with a check-in whose stiffness and pain are both below ${end.below}/10.`;
    case "readable-journal":
      return "Ends when every journal entry can be read again.";
  }
}

/** Where one line came from: "From your safety check and your journal." */
export function originWords(group: ReasonGroup): string {
  const places = group.origins.map(originLabel);
  const joined =
    places.length <= 1 ? places.join("") : `${places.slice(0, -1).join(", ")} and ${places.at(-1)}`;
  return `From ${joined}.`;
}

/** The blocking message: the earliest way back to a session, or null when a session is open. */
export function wayBackWords(way: WayBack, locale?: string): string | null {
  if (way.kind === "open") return null;
  if (way.kind === "unreadable-journal") {
    return "No session until every journal entry can be read again. Please see a physical therapist or physician before another session.";
  }
  const steps: string[] = [];
  if (way.safetyCheck) steps.push("a new safety check that finds none of these reasons");
  if (way.acknowledge.length > 0) {
    steps.push(
      way.acknowledge.length === 1
        ? "saying that you understand the journal reason above"
        : "saying that you understand each journal reason above",
    );
  }
  const from = way.from === null ? "" : `from ${localDateTime(way.from, locale)}, `;
  return `Earliest way back to a session: ${from}${steps.join(", then ")}.`;
}
