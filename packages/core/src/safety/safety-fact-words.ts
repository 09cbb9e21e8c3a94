/**
 * The words a person confirms when recording a safety fact. They are part of the record (synced, exported,
 * shown to a clinician), so the screens and the record read them from here. No zod: screens import this.
 */

/** The recorded "I understand" of a journal reason (P20: see a physical therapist or physician). */
export const ACKNOWLEDGE_WORDS = "I understand: I will see a physical therapist or physician about this";
/** The answer that records an earlier screening "yes" as a mistake (C-retraction-confirmed). */
export const RETRACTION_WORDS = "Yes, the earlier yes was a mistake";
