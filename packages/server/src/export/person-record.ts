/** A person's whole record: account, screenings (oldest first) and journal. Used by the API and the CLI. */
import {
  type AcknowledgementFact,
  type JournalEvent,
  type Plan,
  type RetractionFact,
  toFhirBundle,
} from "@limber/core";
import { findAccountById } from "../accounts/users";
import { readAll } from "../journal/journal-store";
import { readPlan } from "../plan/plan-store";
import { readSafetyFacts } from "../safety/safety-fact-store";
import { listScreenings, type StoredScreening } from "../screening/screening-store";
import type { Database } from "../storage/database";

export type PersonRecord = {
  user: { id: string; email: string; role: "owner" | "member" };
  screenings: StoredScreening[];
  events: JournalEvent[];
  plan: Plan | null;
  acknowledgements: AcknowledgementFact[];
  retractions: RetractionFact[];
  exportedAt: string;
};

export async function readPersonRecord(
  database: Database,
  userId: string,
  now: Date,
): Promise<PersonRecord | undefined> {
  const account = await findAccountById(database, userId);
  if (!account) return undefined;
  const [screenings, events, facts, plan] = await Promise.all([
    listScreenings(database, userId),
    readAll(database, userId),
    readSafetyFacts(database, userId),
    readPlan(database, userId),
  ]);
  return {
    user: { id: account.id, email: account.email, role: account.role },
    screenings: screenings.reverse(),
    events: events as JournalEvent[],
    plan: plan ?? null,
    acknowledgements: facts.acknowledgements,
    retractions: facts.retractions,
    exportedAt: now.toISOString(),
  };
}

/** The record as a FHIR R4 Bundle, through the core's one mapping (shared with the web app's download). */
export function toFhirExport(record: PersonRecord) {
  return toFhirBundle({
    person: record.user,
    screenings: record.screenings,
    events: record.events,
    plan: record.plan ?? undefined,
    acknowledgements: record.acknowledgements,
    retractions: record.retractions,
    exportedAt: record.exportedAt,
  });
}
