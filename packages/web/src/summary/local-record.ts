/** The device's record in the server export's shapes: JSON as `GET /api/export`, FHIR through the core. */
import type { PersonRecord } from "@limber/core/record/fhir-bundle";

export type LocalRecord = PersonRecord;

/** The whole record as JSON, the same shape as the server's `GET /api/export` (`user` is null when local only). */
export function toRecordJson(record: LocalRecord, user: { id: string; email: string; role: string } | null) {
  return {
    user,
    screenings: record.screenings,
    events: record.events,
    plan: record.plan ?? null,
    exportedAt: record.exportedAt,
  };
}
