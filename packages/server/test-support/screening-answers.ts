/** Complete screening answers for tests, built from the core's own item list so they never drift. */
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "@limber/core";

export const SELF_CARE_ANSWERS: Readonly<Record<string, boolean>> = Object.fromEntries(
  SCREENING_LINK_IDS.map((linkId) => [linkId, false]),
);

export function withYes(...linkIds: ScreeningLinkId[]): Record<string, boolean> {
  return { ...SELF_CARE_ANSWERS, ...Object.fromEntries(linkIds.map((linkId) => [linkId, true])) };
}
