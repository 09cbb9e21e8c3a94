/**
 * Every safety fact syncs (issue 20, item 2): acknowledgements and retractions are stored like journal
 * events (client ids, a retry stored once, a changed retry refused), scoped to their owner, pulled by the
 * person's other devices, and in both exports and the clinician's shared view.
 */
import { randomUUID } from "node:crypto";
import { ACKNOWLEDGE_WORDS, RETRACTION_WORDS } from "@limber/core";
import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { BACKENDS, testApp, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { TestPerson } from "../../test-support/test-person";

const NOW = new Date("2026-11-24T12:00:00Z");
const serverClock = testClock(() => NOW);
const acknowledgement = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  code: "persistent-48h",
  at: "2026-11-24T09:15:00.000Z",
  words: ACKNOWLEDGE_WORDS,
  ...overrides,
});
const retraction = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  screeningId: randomUUID(),
  at: "2026-11-24T10:00:00.000Z",
  linkIds: ["fever"],
  words: RETRACTION_WORDS,
  ...overrides,
});

type Entry = {
  resource: { resourceType: string; code?: { coding: { code: string }[] }; [key: string]: unknown };
};

describe.each(BACKENDS)("safety facts on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  let ann: TestPerson;
  let bob: TestPerson;
  beforeEach(async () => {
    app = await testApp(store().database, {}, serverClock);
    ann = new TestPerson(app);
    bob = new TestPerson(app);
    await ann.signup();
    await bob.signup();
  });

  it("stores an acknowledgement once: 201, then 200 for an identical retry, 409 for the same id with other words", async () => {
    const fact = acknowledgement();
    expect((await ann.request("POST", "/api/acknowledgements", fact)).statusCode).toBe(201);
    const again = await ann.request("POST", "/api/acknowledgements", fact);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ acknowledgement: fact });
    const changed = await ann.request("POST", "/api/acknowledgements", { ...fact, words: "ok" });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe("fact_conflict");
    expect((await ann.request("GET", "/api/safety-facts")).json()).toEqual({
      acknowledgements: [fact],
      retractions: [],
    });
  });

  it("stores a retraction once, and keeps each person's facts to themselves (the same id is two facts)", async () => {
    const fact = retraction({ linkIds: ["fever", "night-or-rest-pain"] });
    expect((await ann.request("POST", "/api/retractions", fact)).statusCode).toBe(201);
    expect((await ann.request("POST", "/api/retractions", fact)).statusCode).toBe(200);
    const bobs = acknowledgement({ id: fact.id });
    expect((await bob.request("POST", "/api/acknowledgements", bobs)).statusCode).toBe(201);
    expect((await ann.request("GET", "/api/safety-facts")).json()).toEqual({
      acknowledgements: [],
      retractions: [fact],
    });
    expect((await bob.request("GET", "/api/safety-facts")).json()).toEqual({
      acknowledgements: [bobs],
      retractions: [],
    });
    expect((await new TestPerson(app).request("GET", "/api/safety-facts")).statusCode).toBe(401);
    expect(
      (await new TestPerson(app).request("POST", "/api/acknowledgements", acknowledgement())).statusCode,
    ).toBe(401);
  });

  it.each([
    [
      "a reason that cannot be acknowledged",
      "/api/acknowledgements",
      acknowledgement({ code: "chest-pain" }),
    ],
    ["no words", "/api/acknowledgements", acknowledgement({ words: "  " })],
    ["an id that is not a UUID", "/api/acknowledgements", acknowledgement({ id: "1" })],
    ["a time without an offset", "/api/acknowledgements", acknowledgement({ at: "2026-11-24T09:15:00" })],
    ["a time in the future", "/api/acknowledgements", acknowledgement({ at: "2026-11-25T09:15:00Z" })],
    ["an unknown field", "/api/acknowledgements", { ...acknowledgement(), extra: 1 }],
    ["no retracted item", "/api/retractions", retraction({ linkIds: [] })],
    ["an unknown screening item", "/api/retractions", retraction({ linkIds: ["itchy"] })],
  ])("refuses %s with 400 invalid_input", async (_name, url, body) => {
    const response = await ann.request("POST", url, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_input");
  });

  it("puts every fact in the JSON export, the FHIR export and the clinician's shared record", async () => {
    const ack = acknowledgement();
    const ret = retraction();
    await ann.request("POST", "/api/acknowledgements", ack);
    await ann.request("POST", "/api/retractions", ret);
    await bob.request("POST", "/api/acknowledgements", acknowledgement());

    const record = (await ann.request("GET", "/api/export")).json();
    expect(record.acknowledgements).toEqual([ack]);
    expect(record.retractions).toEqual([ret]);

    const bundle = (await ann.request("GET", "/api/export/fhir")).json();
    const observations = (bundle.entry as Entry[])
      .map((entry) => entry.resource)
      .filter(
        (resource) =>
          resource.code?.coding[0]?.code === "acknowledgement" ||
          resource.code?.coding[0]?.code === "retraction",
      );
    expect(observations).toHaveLength(2);
    const [ackResource, retResource] = observations as Entry["resource"][];
    expect(ackResource).toMatchObject({
      resourceType: "Observation",
      id: ack.id,
      status: "final",
      effectiveDateTime: ack.at,
      valueString: ACKNOWLEDGE_WORDS,
      component: [{ code: { coding: [{ code: "persistent-48h" }] }, valueBoolean: true }],
    });
    expect(retResource).toMatchObject({
      resourceType: "Observation",
      id: ret.id,
      derivedFrom: [{ reference: `urn:uuid:${ret.screeningId}` }],
      valueString: RETRACTION_WORDS,
      component: [{ code: { coding: [{ code: "fever" }] }, valueBoolean: false }],
    });

    const created = (await ann.request("POST", "/api/shares", { expiresInDays: 1 })).json();
    const shared = await app.inject({
      method: "GET",
      url: "/api/shared/record",
      headers: { authorization: `Bearer ${created.token}` },
    });
    expect(shared.json().acknowledgements).toEqual([ack]);
    expect(shared.json().retractions).toEqual([ret]);
  });
});
