/**
 * The signed-in person's private calendar feed (design: "Plan and reminders"): a URL any calendar app can
 * subscribe to, so a changed plan reaches it without re-importing. The secret (256 random bits) is shown
 * once, stored only as a hash, replaceable and withdrawable. A dead secret (unknown, replaced, withdrawn,
 * malformed) answers the same 404; reads are throttled per address like share reads; the request log
 * names the route pattern, never the path, so the secret is never written down.
 */
import { toICalendar } from "@limber/core/plan/calendar";
import { z } from "zod";
import { hashToken, newSecretToken } from "../accounts/secret-token";
import { throttleHash } from "../accounts/throttle-key";
import { ApiError } from "../errors/api-error";
import { defineRoute } from "../http/api-route";
import { guessingWait, recordGuess } from "../shares/share-guessing";
import type { Database } from "../storage/database";
import { wallDate } from "../wall-date";
import { feedOf, feedOwner, replaceFeed, withdrawFeed } from "./calendar-feed-store";
import { readPlan } from "./plan-store";

const FEED_PATH = "/api/calendar/";
const SECRET = /^[A-Za-z0-9_-]{43}$/;
/** Like share reads: an HMAC of the address (throttle-key.ts), never a plain hash of it. */
const feedKey = (database: Database, address: string) =>
  throttleHash(database, `calendar-address:${address}`);
const createdFeed = z.object({ feed: z.object({ createdAt: z.string() }), url: z.string() });

export const CALENDAR_FEED_ROUTES = [
  defineRoute({
    method: "GET",
    url: "/api/calendar-feed",
    tag: "plan",
    summary: "Whether the person has a calendar feed, and since when (never its secret)",
    access: "signed-in",
    responses: {
      200: {
        description: "The feed, or null",
        schema: z.object({ feed: z.object({ createdAt: z.string() }).nullable() }),
      },
    },
    async handle({ user, services }) {
      return { status: 200, body: { feed: (await feedOf(services.database, user.id)) ?? null } };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/calendar-feed",
    tag: "plan",
    summary:
      "Make a private calendar feed, or replace it (the old URL stops at once); the URL is shown only here",
    access: "signed-in",
    responses: { 201: { description: "Created", schema: createdFeed } },
    async handle({ user, services, request }) {
      const secret = newSecretToken();
      const now = wallDate(services.clock);
      await replaceFeed(services.database, user.id, hashToken(secret), now);
      const url = `${request.protocol}://${request.host}${FEED_PATH}${secret}.ics`;
      return { status: 201, body: { feed: { createdAt: now.toISOString() }, url } };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/calendar-feed",
    tag: "plan",
    summary: "Withdraw the calendar feed; its URL answers 404 from the next request on",
    access: "signed-in",
    responses: { 204: { description: "Withdrawn" }, 404: { description: "not_found: there was no feed" } },
    async handle({ user, services }) {
      if (!(await withdrawFeed(services.database, user.id)))
        throw new ApiError("not_found", "You have no calendar feed.");
      return { status: 204 };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${FEED_PATH}:secret`,
    tag: "plan",
    summary: "The calendar feed (text/calendar), by its secret; no cookie is read or set",
    access: "public",
    responses: {
      200: { description: "The plan as an iCalendar file" },
      404: {
        description: "calendar_not_found: unknown, replaced, withdrawn or malformed (one answer for all)",
      },
      429: { description: "rate_limited: too many dead feed URLs from this address; see Retry-After" },
    },
    async handle({ request, reply, services }) {
      const { database } = services;
      const now = wallDate(services.clock);
      const key = await feedKey(database, request.ip);
      const wait = await guessingWait(database, key, now);
      if (wait > 0) {
        reply.header("retry-after", String(wait));
        throw new ApiError(
          "rate_limited",
          `Too many calendar links from this address did not open; wait ${wait} seconds.`,
        );
      }
      const raw = String((request.params as { secret?: string }).secret ?? "").replace(/\.ics$/, "");
      const ownerId = SECRET.test(raw) ? await feedOwner(database, hashToken(raw)) : undefined;
      if (!ownerId) {
        await recordGuess(database, key, now);
        throw new ApiError("calendar_not_found");
      }
      const plan = await readPlan(database, ownerId);
      const text = plan
        ? toICalendar(plan, now.getTime())
        : toICalendar(
            { id: ownerId, timeZone: "UTC", slots: [], revision: 1, updatedAt: now.toISOString() },
            now.getTime(),
          );
      reply.type("text/calendar; charset=utf-8");
      reply.header("content-disposition", 'inline; filename="limber-plan.ics"');
      return { status: 200, body: text };
    },
  }),
];
