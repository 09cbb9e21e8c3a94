/**
 * Safety facts (issue 20, item 2): a device sends each acknowledgement and retraction the person records
 * (idempotent by the client's id, like journal events) and pulls the others its person recorded elsewhere,
 * so every device honours them. They are in both exports and the clinician's view.
 */
import { acknowledgementSchema, retractionSchema } from "@limber/core";
import { z } from "zod";
import { defineRoute } from "../http/api-route";
import { checkRecordedAt } from "../journal/recorded-at";
import { readSafetyFacts, type SafetyFact, writeSafetyFact } from "./safety-fact-store";

const writeResponses = <S extends z.ZodType>(key: string, schema: S) => ({
  201: { description: "Stored", schema: z.object({ [key]: schema }) },
  200: { description: "Already stored by an identical earlier request", schema: z.object({ [key]: schema }) },
  400: { description: "Not valid" },
  409: { description: "Another fact with this id is stored" },
});

export const SAFETY_FACT_ROUTES = [
  defineRoute({
    method: "POST",
    url: "/api/acknowledgements",
    tag: "safety",
    summary: "Record an acknowledgement of a journal reason; a retry with the same id stores nothing new",
    access: "signed-in",
    body: acknowledgementSchema,
    responses: writeResponses("acknowledgement", acknowledgementSchema),
    async handle({ body, user, services }) {
      checkRecordedAt(body.at, services.clock);
      const fact: SafetyFact = { kind: "acknowledgement", fact: body };
      const outcome = await writeSafetyFact(services.database, user.id, fact);
      return { status: outcome === "created" ? 201 : 200, body: { acknowledgement: body } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/retractions",
    tag: "safety",
    summary: "Record a screening answer said to be a mistake; a retry with the same id stores nothing new",
    access: "signed-in",
    body: retractionSchema,
    responses: writeResponses("retraction", retractionSchema),
    async handle({ body, user, services }) {
      checkRecordedAt(body.at, services.clock);
      const outcome = await writeSafetyFact(services.database, user.id, { kind: "retraction", fact: body });
      return { status: outcome === "created" ? 201 : 200, body: { retraction: body } };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/safety-facts",
    tag: "safety",
    summary: "The person's acknowledgements and retractions, oldest first, for a device's sync pull",
    access: "signed-in",
    responses: {
      200: {
        description: "Every safety fact",
        schema: z.object({
          acknowledgements: z.array(acknowledgementSchema),
          retractions: z.array(retractionSchema),
        }),
      },
    },
    async handle({ user, services }) {
      return { status: 200, body: await readSafetyFacts(services.database, user.id) };
    },
  }),
];
