/**
 * The safety state from the device's own record, whose events were validated with the journal contract when
 * they entered the store: the same rules as safety-state.ts without parsing the journal again, and without
 * zod, so the web's first screen can show its safety state without loading a schema library.
 */
import { trustedJournalContext } from "../journal/trusted-context";
import { safetyAssessor } from "./assess-safety";

export * from "./assess-safety";
export * from "./safety-model";

export const assessTrustedSafety = safetyAssessor(trustedJournalContext);
