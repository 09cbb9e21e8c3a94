/**
 * The journal contract's words and limits (design: "Journal contract"), apart from its schemas in events.ts:
 * screens that only need a technique's id or a scale's range import these without evaluating the schema
 * library, which costs a long task of its own on a phone.
 */
export const TECHNIQUE_IDS = ["thoracic-foam-roll", "supine-spinal-twist"] as const;
export const SESSION_OUTCOMES = ["completed", "stopped-for-pain", "abandoned"] as const;
export const EVENT_TYPES = ["check-in", "session", "adjust-urge"] as const;
/** Check-in scales run from 0 (none) to 10 (worst imaginable), whole numbers. */
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
export const NOTE_MAX_LENGTH = 2000;

export type TechniqueId = (typeof TECHNIQUE_IDS)[number];
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];
