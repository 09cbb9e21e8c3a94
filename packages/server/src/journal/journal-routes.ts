/** Journal routes: write (idempotent by the client's id), page through, delete, and assess. */
import { assessJournal, assessTrusted, isTimeZone, journalEventSchema } from "@limber/core";
import { z } from "zod";
import { ApiError, cut, invalidInput } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { wallDate } from "../wall-date";
import { readDeletions } from "./journal-deletions";
import {
  assessmentInputSchema,
  assessmentQuerySchema,
  assessmentSchema,
  deletionsPageSchema,
  deletionsQuerySchema,
  eventIdParamsSchema,
  MAX_ASSESSMENT_EVENTS,
  pageQuerySchema,
} from "./journal-schemas";
import { deleteEvent, readPage } from "./journal-store";
import { checkRecordedAt } from "./recorded-at";

export const JOURNAL_ROUTES = [
  defineRoute({
    method: "POST",
    url: "/api/journal/events",
    tag: "journal",
    summary: "Record one journal event; a retry with the same id stores nothing new",
    access: "signed-in",
    body: journalEventSchema,
    responses: {
      201: { description: "Stored", schema: z.object({ event: journalEventSchema }) },
      200: {
        description: "Already stored by an identical earlier request",
        schema: z.object({ event: journalEventSchema }),
      },
      400: { description: "Not a valid event" },
      409: { description: "Another event with this id is stored" },
      410: { description: "The person deleted this event; it is not stored again" },
      429: { description: "Over the journal's write quota (120 a minute, 500 a day); see Retry-After" },
    },
    async handle({ body, user, services }) {
      checkRecordedAt(body.at, services.clock);
      const outcome = await services.journalWrites.submit({ ownerId: user.id, event: body });
      return { status: outcome === "created" ? 201 : 200, body: { event: body } };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/journal/events",
    tag: "journal",
    summary: "The person's events in a time range, oldest first, a page at a time",
    access: "signed-in",
    query: pageQuerySchema,
    responses: {
      200: {
        description: "A page of events",
        schema: z.object({ events: z.array(journalEventSchema), nextCursor: z.string().nullable() }),
      },
    },
    async handle({ query, user, services }) {
      const page = await readPage(services.database, user.id, {
        limit: query.limit,
        ...(query.from === undefined ? {} : { from: query.from }),
        ...(query.to === undefined ? {} : { to: query.to }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      });
      return { status: 200, body: page };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/journal/events/:id",
    tag: "journal",
    summary: "Delete one of the person's events",
    access: "signed-in",
    params: eventIdParamsSchema,
    responses: { 204: { description: "Deleted" }, 404: { description: "Not yours, or no such event" } },
    async handle({ params, user, services }) {
      if (!(await deleteEvent(services.database, user.id, params.id, wallDate(services.clock)))) {
        throw new ApiError("not_found", "You have no journal event with this id.");
      }
      return { status: 204 };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/journal/deletions",
    tag: "journal",
    summary:
      "The ids of the person's deleted events (tombstones), oldest deletion first, for a device's sync pull",
    access: "signed-in",
    query: deletionsQuerySchema,
    responses: { 200: { description: "A page of tombstones", schema: deletionsPageSchema } },
    async handle({ query, user, services }) {
      const page = await readDeletions(services.database, user.id, {
        limit: query.limit,
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      });
      return { status: 200, body: page };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/journal/assessment",
    tag: "journal",
    summary: "Assess a journal sent in the request (stateless; nothing is stored)",
    access: "public",
    documentedBody: assessmentInputSchema,
    responses: {
      200: { description: "The assessment", schema: assessmentSchema },
      400: { description: "Bad events, dates or time zone" },
    },
    async handle({ request }) {
      const events = (request.body as { events?: unknown } | null)?.events;
      if (Array.isArray(events) && events.length > MAX_ASSESSMENT_EVENTS) {
        throw new ApiError("invalid_input", "The journal is too long to assess in one request.", [
          {
            code: "too_many_events",
            path: "events",
            message: `has ${events.length} events; send at most ${MAX_ASSESSMENT_EVENTS} (the rules read only the last 7 days and the latest run of stiff check-ins)`,
          },
        ]);
      }
      const assessment = assessJournal(request.body);
      if (!assessment.ok) throw invalidInput(assessment.issues, "The journal cannot be assessed");
      return { status: 200, body: assessment.value };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/journal/assessment",
    tag: "journal",
    summary: "The signed-in person's current assessment over their stored journal",
    access: "signed-in",
    query: assessmentQuerySchema,
    responses: { 200: { description: "The assessment", schema: assessmentSchema } },
    async handle({ query, user, services }) {
      if (!isTimeZone(query.timeZone)) {
        throw invalidInput([
          {
            code: "invalid_time_zone",
            path: "query.timeZone",
            message: `"${cut(query.timeZone, 60)}" is not an IANA time zone name, such as Europe/London`,
          },
        ]);
      }
      // Only what the rules read (core's neededEvents), so the cost does not grow with the journal, read
      // once for all of this person's requests waiting together (assessment-reads.ts). Events a fast clock
      // dated a little ahead wait until their time comes.
      const { now, events } = await services.assessmentReads.submit(user.id);
      // Stored events were validated by the core when written: the trusted path runs only the rules (the
      // validating path costs about 60 times more on a typical journal; bench/assessment.ts).
      const assessment = assessTrusted({ timeZone: query.timeZone, nowMs: now.getTime(), events });
      // Events are stored under their id as key, so two different events under one id cannot be read back.
      if (!assessment) throw new Error("the stored journal holds two different events under one id");
      return { status: 200, body: assessment };
    },
  }),
];
