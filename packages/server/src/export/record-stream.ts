/**
 * Exports written as they are read: the JSON record and the FHIR Bundle go out a page of events at a time
 * (chunked), so memory stays flat whatever the journal's size, and the process yields to the event loop
 * between pages, so other people's requests are served while a long export runs. The shapes are those of
 * `readPersonRecord` and the core's `toFhirBundle` (entry by entry, through the core's own mapping).
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import {
  type AskedAnswers,
  type Decision,
  fhirAcknowledgementEntry,
  fhirEventEntry,
  fhirPatientEntry,
  fhirPatientReference,
  fhirPlanEntry,
  fhirRetractionEntry,
  fhirScreeningEntry,
  type JournalEvent,
  stoppedAtOf,
} from "@limber/core";
import { readPlan } from "../plan/plan-store";
import { readSafetyFacts } from "../safety/safety-fact-store";
import type { Database } from "../storage/database";
import { eventPages, type ScreeningRow, screeningPages } from "./record-pages";

export type ExportedPerson = { id: string; email: string; role: "owner" | "member" };

/**
 * What keeps a download honest while it runs: `stillAllowed` is asked before every page (is the share still
 * live, does the account still exist?), and `writtenBy` ends the journal where the download began.
 */
export type StreamGuard = {
  readonly stillAllowed?: () => Promise<boolean>;
  readonly writtenBy?: Date;
};

/**
 * Thrown inside a download whose share was withdrawn (or whose account was deleted) while it ran: the
 * response ends without its closing bytes, so the reader gets an incomplete (invalid) document, never a
 * complete-looking part of a record.
 */
export class DownloadStopped extends Error {
  override readonly name = "DownloadStopped";
}

async function checkAllowed(guard: StreamGuard): Promise<void> {
  if (guard.stillAllowed && !(await guard.stillAllowed())) {
    throw new DownloadStopped("the share or account ended while the download ran");
  }
}

/** Writes `items` as the elements of a JSON array that may already hold some (`first` says whether). */
function elements(items: readonly string[], first: boolean): string {
  return (first ? "" : ",") + items.join(",");
}

/** The whole record as JSON: `{ "user", "screenings", "events", "acknowledgements", "retractions", "plan", "exportedAt" }`, in pieces. */
export async function* personRecordJson(
  database: Database,
  person: ExportedPerson,
  exportedAt: Date,
  guard: StreamGuard = {},
): AsyncGenerator<string> {
  yield `{"user":${JSON.stringify(person)},"screenings":[`;
  let first = true;
  for await (const page of screeningPages(database, person.id)) {
    await checkAllowed(guard);
    yield elements(page.map(screeningJson), first);
    first = false;
    await nextTurn();
  }
  yield `],"events":[`;
  first = true;
  for await (const page of eventPages(database, person.id, guard.writtenBy ?? null)) {
    await checkAllowed(guard);
    yield elements(page, first);
    first = false;
    await nextTurn();
  }
  // A handful of safety facts per day at most: read whole, after the journal.
  const facts = await readSafetyFacts(database, person.id);
  await checkAllowed(guard);
  const plan = (await readPlan(database, person.id)) ?? null;
  yield `],"acknowledgements":${JSON.stringify(facts.acknowledgements)},"retractions":${JSON.stringify(facts.retractions)}`;
  yield `,"plan":${JSON.stringify(plan)},"exportedAt":${JSON.stringify(exportedAt.toISOString())}}`;
}

/** As `readPersonRecord` writes it; a stopped screening also says where it stopped. */
function screeningJson(row: ScreeningRow): string {
  const stoppedAt = stoppedAtOf(JSON.parse(row.answers) as AskedAnswers);
  const stop = stoppedAt === undefined ? "" : `,"stoppedAt":${JSON.stringify(stoppedAt)}`;
  return `{"id":${JSON.stringify(row.id)},"at":${JSON.stringify(row.at)},"answers":${row.answers},"decision":${row.decision}${stop}}`;
}

/** The record as a FHIR R4 Bundle (type collection), entry by entry. */
export async function* personRecordFhir(
  database: Database,
  person: ExportedPerson,
  exportedAt: Date,
  guard: StreamGuard = {},
): AsyncGenerator<string> {
  const subject = { id: person.id, email: person.email };
  const patient = fhirPatientReference(subject);
  yield `{"resourceType":"Bundle","type":"collection","timestamp":${JSON.stringify(exportedAt.toISOString())},"entry":[`;
  yield JSON.stringify(fhirPatientEntry(subject));
  const plan = await readPlan(database, person.id);
  if (plan) yield `,${JSON.stringify(fhirPlanEntry(plan, patient))}`;
  for await (const page of screeningPages(database, person.id)) {
    await checkAllowed(guard);
    const entries = page.map((row) =>
      JSON.stringify(
        fhirScreeningEntry(
          {
            id: row.id,
            at: row.at,
            answers: JSON.parse(row.answers) as AskedAnswers,
            decision: JSON.parse(row.decision) as Decision,
          },
          patient,
        ),
      ),
    );
    yield elements(entries, false);
    await nextTurn();
  }
  for await (const page of eventPages(database, person.id, guard.writtenBy ?? null)) {
    await checkAllowed(guard);
    const entries = page.flatMap((body) => {
      const entry = fhirEventEntry(JSON.parse(body) as JournalEvent, patient);
      return entry ? [JSON.stringify(entry)] : [];
    });
    if (entries.length > 0) yield elements(entries, false);
    await nextTurn();
  }
  const facts = await readSafetyFacts(database, person.id);
  const factEntries = [
    ...facts.acknowledgements.map((fact) => JSON.stringify(fhirAcknowledgementEntry(fact, patient))),
    ...facts.retractions.map((fact) => JSON.stringify(fhirRetractionEntry(fact, patient))),
  ];
  await checkAllowed(guard);
  if (factEntries.length > 0) yield elements(factEntries, false);
  yield "]}";
}
