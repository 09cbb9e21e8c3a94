/**
 * The safety state for any caller (the server, a share, the CLI): the journal is validated with the journal
 * contract at every call, so input from anywhere is safe to pass. The rules themselves: assess-safety.ts.
 */
import { parseJournalInput } from "../journal/assess";
import { safetyAssessor } from "./assess-safety";

export * from "./assess-safety";
export * from "./safety-model";

export const assessSafety = safetyAssessor((timeZone, now, events) => {
  const context = parseJournalInput({ timeZone, now: new Date(now).toISOString(), events });
  return context.ok ? context.value : null;
});
