/**
 * The signed-in person's whole record, as JSON and as a FHIR R4 Bundle, streamed (chunked) a page of events
 * at a time: memory stays flat for a journal of a million events and other requests keep being served.
 */
import { Readable } from "node:stream";
import { findAccountById } from "../accounts/users";
import { ApiError } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import type { Services } from "../services";
import { wallDate } from "../wall-date";
import { databaseNow } from "./record-pages";
import { type ExportedPerson, personRecordFhir, personRecordJson } from "./record-stream";

async function exportedPerson(services: Services, userId: string): Promise<ExportedPerson> {
  const account = await findAccountById(services.database, userId);
  if (!account) throw new ApiError("unauthenticated");
  return { id: account.id, email: account.email, role: account.role };
}

/**
 * The person's own download: one snapshot of the journal as it was when it began, and the account checked
 * before every page, so an account deleted meanwhile stops it there (the response ends incomplete).
 */
export async function ownDownload(
  services: Services,
  what: "record" | "fhir",
  person: ExportedPerson,
): Promise<Readable> {
  const guard = {
    stillAllowed: async () => (await findAccountById(services.database, person.id)) !== undefined,
    writtenBy: await databaseNow(services.database),
  };
  const write = what === "record" ? personRecordJson : personRecordFhir;
  // One page read ahead at most, so a paused reader holds the next check back, not the whole record.
  return Readable.from(write(services.database, person, wallDate(services.clock), guard), {
    highWaterMark: 1,
  });
}

export const EXPORT_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/export",
    tag: "export",
    summary: "The whole record as JSON: user, screenings, journal events (streamed)",
    access: "signed-in",
    responses: { 200: { description: "The record" } },
    async handle({ user, services, reply }) {
      const person = await exportedPerson(services, user.id);
      reply.type("application/json; charset=utf-8");
      return { status: 200, body: await ownDownload(services, "record", person) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/export/fhir",
    tag: "export",
    summary: "The whole record as a FHIR R4 Bundle (collection), streamed",
    access: "signed-in",
    responses: { 200: { description: "A FHIR R4 Bundle" } },
    async handle({ user, services, reply }) {
      const person = await exportedPerson(services, user.id);
      reply.type("application/json; charset=utf-8");
      return { status: 200, body: await ownDownload(services, "fhir", person) };
    },
  }),
];
