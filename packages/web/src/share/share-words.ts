/** The words the share screens use for durations, a share's state and its visits. */
import type { ListedShare, ShareWhat } from "@limber/core/api/share";

/** The durations a person may choose (design: 1..90 days); two weeks covers a usual wait for a visit. */
export const DURATIONS = [
  { days: 1, label: "1 day", hint: "For a visit today" },
  { days: 7, label: "1 week", hint: "For a visit this week" },
  { days: 14, label: "2 weeks", hint: "Time to book and attend" },
  { days: 90, label: "90 days", hint: "For a course of treatment" },
] as const;
export const DEFAULT_DAYS = 14;

export const WHAT_WORDS: Readonly<Record<ShareWhat, string>> = {
  record: "read the summary",
  fhir: "downloaded the FHIR record",
};

export type ShareStatus = "active" | "stopped" | "expired";

export function shareStatus(share: ListedShare, nowMs: number): ShareStatus {
  if (share.revokedAt !== null) return "stopped";
  return Date.parse(share.expiresAt) <= nowMs ? "expired" : "active";
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
export const formatWhen = (iso: string) => dateTime.format(Date.parse(iso));

/** "Active until 15 Dec 2026, 12:00", "Stopped 3 Dec 2026, 09:12", "Expired 4 Dec 2026, 12:00". */
export function statusWords(share: ListedShare, nowMs: number): string {
  switch (shareStatus(share, nowMs)) {
    case "active":
      return `Active until ${formatWhen(share.expiresAt)}`;
    case "stopped":
      return `Stopped ${formatWhen(share.revokedAt as string)}`;
    case "expired":
      return `Expired ${formatWhen(share.expiresAt)}`;
  }
}

/** "Not opened yet", or "Opened 2 times" with each visit listed by the caller. */
export function visitsWords(share: ListedShare): string {
  const count = share.accesses.length;
  if (count === 0) return "Not opened yet";
  return count === 1 ? "Opened once" : `Opened ${count} times`;
}
