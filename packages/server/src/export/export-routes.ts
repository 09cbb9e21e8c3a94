/** The signed-in person's whole record, as JSON and as a FHIR R4 Bundle. */
import { ApiError } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { readPersonRecord, toFhirExport } from "./person-record";

export const EXPORT_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/export",
    tag: "export",
    summary: "The whole record as JSON: user, screenings, journal events",
    access: "signed-in",
    responses: { 200: { description: "The record" } },
    async handle({ user, services }) {
      const record = await readPersonRecord(services.database, user.id, services.now());
      if (!record) throw new ApiError("unauthenticated");
      return { status: 200, body: record };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/export/fhir",
    tag: "export",
    summary: "The whole record as a FHIR R4 Bundle (collection)",
    access: "signed-in",
    responses: { 200: { description: "A FHIR R4 Bundle" } },
    async handle({ user, services }) {
      const record = await readPersonRecord(services.database, user.id, services.now());
      if (!record) throw new ApiError("unauthenticated");
      return { status: 200, body: toFhirExport(record) };
    },
  }),
];
