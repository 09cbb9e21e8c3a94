/**
 * The two techniques as typed data, faithful to the article's wording and numbers (P4-P7), one file each.
 * The session engine (`session/machine.ts`) runs any technique listed here; it knows nothing of rollers or
 * twists.
 */
import type { TechniqueId } from "../journal/events";
import { SUPINE_SPINAL_TWIST } from "./supine-spinal-twist";
import type { Technique } from "./technique";
import { THORACIC_FOAM_ROLL } from "./thoracic-foam-roll";

export { IN_POSITION, STEP_TIMINGS } from "./step-timings";
export { SUPINE_SPINAL_TWIST } from "./supine-spinal-twist";
export type { Step, StepKind, StepTiming, Technique } from "./technique";
export { LOWER_BACK_NEVER_ROLLED, THORACIC_FOAM_ROLL } from "./thoracic-foam-roll";

export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = {
  "thoracic-foam-roll": THORACIC_FOAM_ROLL,
  "supine-spinal-twist": SUPINE_SPINAL_TWIST,
};
