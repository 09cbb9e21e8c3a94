import { localDay } from "@limber/core/journal/local-day";

/** Saving a file from the browser: a Blob behind a temporary object URL (allowed by the strict CSP). */
export function downloadJson(filename: string, value: unknown, type = "application/json"): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `limber-record-2026-11-24.json`: the date in the journal's zone (core's local day, as the journal's days
 * are counted), so a person can tell exports apart.
 */
export function exportFilename(kind: "record" | "fhir", atMs: number, timeZone: string): string {
  const day = localDay(atMs, timeZone);
  return kind === "record" ? `limber-record-${day}.json` : `limber-fhir-${day}.json`;
}
