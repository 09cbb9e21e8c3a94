/**
 * A retried write is stored exactly once, even when the retries race each other: a phone on a flaky network
 * resends a journal event or a screening while the first attempt is still in flight.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectErrorBody } from "../test-support/error-body";
import { checkIn, sessionEvent } from "../test-support/journal-events";
import { readWholeJournal } from "../test-support/journal-pages";
import { SELF_CARE_ANSWERS, withYes } from "../test-support/screening-answers";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

const RACERS = 12;

describe.each(backends())("retried writes on %s", (backend) => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openApp(backend);
    await app.signedUp("owner");
  });
  afterAll(async () => {
    await app?.close();
  });

  it("stores a journal event sent many times at once exactly once: one 201, the rest 200", async () => {
    const person = await app.signedUp("racer");
    const event = checkIn();
    const responses = await Promise.all(
      Array.from({ length: RACERS }, () =>
        person.request({ method: "POST", path: "/api/journal/events", body: event }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array<number>(RACERS - 1).fill(200), 201]);
    for (const response of responses) expect(response.json).toEqual({ event });
    expect(await readWholeJournal(person)).toEqual([event]);
  });

  it("lets exactly one of many racing different events with one id win; the others get 409", async () => {
    const person = await app.signedUp("conflicting-racer");
    const id = randomUUID();
    const variants = Array.from({ length: RACERS }, (_, stiffness) =>
      checkIn({ id, stiffness: stiffness % 11 }),
    );
    const responses = await Promise.all(
      variants.map((body) => person.request({ method: "POST", path: "/api/journal/events", body })),
    );
    const created = responses.filter((response) => response.status === 201);
    expect(created).toHaveLength(1);
    const winner = (created[0]?.json as { event: unknown } | undefined)?.event;
    for (const response of responses.filter((r) => r.status !== 201)) {
      // Only a variant identical to the winner may be a 200; every other one is a conflict.
      if (response.status === 409) expectErrorBody(response, "event_conflict");
      else expect(response.json).toEqual({ event: winner });
    }
    expect(await readWholeJournal(person)).toEqual([winner]);
  });

  it("stores a screening retried with one Idempotency-Key once and answers every retry with the same decision", async () => {
    const person = await app.signedUp("screening-racer");
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: RACERS }, () =>
        person.request({
          method: "POST",
          path: "/api/screenings",
          headers: { "idempotency-key": key },
          body: { answers: withYes("night-or-rest-pain") },
        }),
      ),
    );
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.json).toEqual(responses[0]?.json);
    }
    const list = await person.request({ method: "GET", path: "/api/screenings" });
    const screenings = (list.json as { screenings: { id: string }[] }).screenings;
    expect(screenings.map((screening) => screening.id)).toEqual([key]);
  });

  it("answers 409 screening_conflict when a key is reused for different answers", async () => {
    const person = await app.signedUp("screening-conflict");
    const key = randomUUID();
    const send = (answers: Record<string, boolean>) =>
      person.request({
        method: "POST",
        path: "/api/screenings",
        headers: { "idempotency-key": key },
        body: { answers },
      });
    expect((await send(SELF_CARE_ANSWERS)).status).toBe(200);
    const conflict = await send(withYes("fever"));
    expect(conflict.status).toBe(409);
    expectErrorBody(conflict, "screening_conflict");
  });

  it("stores each screening without a key as a new one", async () => {
    const person = await app.signedUp("no-key");
    for (let i = 0; i < 2; i++) {
      await person.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
    }
    const list = await person.request({ method: "GET", path: "/api/screenings" });
    expect((list.json as { screenings: unknown[] }).screenings).toHaveLength(2);
  });

  it("keeps every one of many different events written at once", async () => {
    const person = await app.signedUp("burst");
    const events = Array.from({ length: 40 }, () => sessionEvent());
    const responses = await Promise.all(
      events.map((body) => person.request({ method: "POST", path: "/api/journal/events", body })),
    );
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const stored = (await readWholeJournal(person)).map((event) => event.id).sort();
    expect(stored).toEqual(events.map((event) => event.id as string).sort());
  });
});
