/**
 * Issue 9, finding 12: deleting an event on one device left it on the others, because a pull only adds.
 * A deletion now leaves a tombstone (the id and when), owner-scoped, that the sync pull reads; a retried
 * write of a deleted event is refused (410 event_deleted) rather than bringing it back.
 */
import { randomUUID } from "node:crypto";
import type { JournalEvent } from "@limber/core";
import { systemClock } from "@limber/core/clock";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { journalBatchRunner } from "../src/journal/journal-batch";
import { DEFAULT_JOURNAL_QUOTA } from "../src/journal/journal-quota-limits";
import { adjustUrge, checkIn } from "../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { TestPerson } from "../test-support/test-person";

const NOW = "2026-11-24T12:00:00.000Z";
const serverClock = testClock(() => NOW);

describe.each(BACKENDS)("deletions that reach every device, on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  let ann: TestPerson;
  let bob: TestPerson;
  let annId: string;
  beforeEach(async () => {
    app = await testApp(store().database, {}, serverClock);
    ann = new TestPerson(app);
    bob = new TestPerson(app);
    annId = (await ann.signup()).json().user.id;
    await bob.signup();
  });
  const deletions = async (person: TestPerson, query = "") =>
    (await person.request("GET", `/api/journal/deletions${query}`)).json();

  it("keeps a tombstone with the deletion time, which the sync pull lists", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    expect(await deletions(ann)).toEqual({ deletions: [], nextCursor: null });
    expect((await ann.request("DELETE", `/api/journal/events/${event.id}`, {})).statusCode).toBe(204);
    expect(await deletions(ann)).toEqual({ deletions: [{ id: event.id, deletedAt: NOW }], nextCursor: null });
  });

  it("shows a person only their own tombstones; another person's id answers 404 and leaves none", async () => {
    const event = adjustUrge();
    await ann.request("POST", "/api/journal/events", event);
    expect((await bob.request("DELETE", `/api/journal/events/${event.id}`, {})).statusCode).toBe(404);
    expect((await deletions(ann)).deletions).toEqual([]);
    await ann.request("DELETE", `/api/journal/events/${event.id}`, {});
    expect((await deletions(bob)).deletions).toEqual([]);
    expect((await new TestPerson(app).request("GET", "/api/journal/deletions")).statusCode).toBe(401);
  });

  it("refuses a retried write of a deleted event with 410 event_deleted, so it is not brought back", async () => {
    const event = checkIn();
    await ann.request("POST", "/api/journal/events", event);
    await ann.request("DELETE", `/api/journal/events/${event.id}`, {});
    const retry = await ann.request("POST", "/api/journal/events", event);
    expect(retry.statusCode).toBe(410);
    expect(retry.json().error.code).toBe("event_deleted");
    expect((await ann.request("GET", "/api/journal/events")).json().events).toEqual([]);
    // Bob may still use the same id: ids are per person.
    expect((await bob.request("POST", "/api/journal/events", event)).statusCode).toBe(201);
  });

  it("settles a group-committed batch: a deleted id is refused, the others stored", async () => {
    const gone = adjustUrge() as unknown as JournalEvent;
    const fresh = adjustUrge() as unknown as JournalEvent;
    await ann.request("POST", "/api/journal/events", gone);
    await ann.request("DELETE", `/api/journal/events/${gone.id}`, {});
    const outcomes = await journalBatchRunner(
      store().database,
      DEFAULT_JOURNAL_QUOTA,
      systemClock,
    )([
      { ownerId: annId, event: gone },
      { ownerId: annId, event: fresh },
    ]);
    expect(outcomes[0]).toMatchObject({ code: "event_deleted" });
    expect(outcomes[1]).toBe("created");
  });

  it("never keeps both a tombstone and the event when retries race the deletion", async () => {
    for (let round = 0; round < 8; round++) {
      const event = checkIn({ id: randomUUID() });
      await ann.request("POST", "/api/journal/events", event);
      await Promise.all([
        ...Array.from({ length: 6 }, () => ann.request("POST", "/api/journal/events", event)),
        ann.request("DELETE", `/api/journal/events/${event.id}`, {}),
        ...Array.from({ length: 6 }, () => ann.request("POST", "/api/journal/events", event)),
      ]);
      const { rows } = await sql<{ stored: number; tombstones: number }>`
        SELECT (SELECT count(*)::int FROM journal_events WHERE id = ${event.id}) AS stored,
               (SELECT count(*)::int FROM journal_deletions WHERE id = ${event.id}) AS tombstones`.execute(
        store().database.db,
      );
      expect(rows[0]).toEqual({ stored: 0, tombstones: 1 });
    }
  });

  it("pages through tombstones oldest deletion first", async () => {
    const events = [adjustUrge(), adjustUrge(), adjustUrge()];
    for (const event of events) await ann.request("POST", "/api/journal/events", event);
    for (const event of events) await ann.request("DELETE", `/api/journal/events/${event.id}`, {});
    const first = await deletions(ann, "?limit=2");
    expect(first.deletions).toHaveLength(2);
    const second = await deletions(ann, `?limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ nextCursor: null });
    const ids = [...first.deletions, ...second.deletions].map((d: { id: string }) => d.id).sort();
    expect(ids).toEqual(events.map((e) => e.id).sort());
    expect((await ann.request("GET", "/api/journal/deletions?cursor=nonsense")).statusCode).toBe(400);
  });

  it("removes the tombstones with the account", async () => {
    const event = adjustUrge();
    await ann.request("POST", "/api/journal/events", event);
    await ann.request("DELETE", `/api/journal/events/${event.id}`, {});
    await sql`DELETE FROM users WHERE id = ${annId}`.execute(store().database.db);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM journal_deletions`.execute(
      store().database.db,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
