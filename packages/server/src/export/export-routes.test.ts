import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { allNo, checkIn, sessionEvent } from "../../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../../test-support/test-app";
import { testClock } from "../../test-support/test-clock";
import { TestPerson } from "../../test-support/test-person";

const serverClock = testClock(() => "2026-11-24T12:00:00Z");

describe.each(BACKENDS)("export on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  let ann: TestPerson;
  const annsCheckIn = checkIn({ pain: 3, stiffness: 6, symptoms: ["fever"], note: "after gardening" });
  beforeEach(async () => {
    app = await testApp(store().database, {}, serverClock);
    ann = new TestPerson(app);
    const bob = new TestPerson(app);
    await ann.signup();
    await bob.signup();
    await ann.request("POST", "/api/screenings", { answers: allNo() });
    await ann.request("POST", "/api/journal/events", annsCheckIn);
    await ann.request("POST", "/api/journal/events", sessionEvent());
    await bob.request("POST", "/api/journal/events", checkIn());
  });

  it("exports the person's whole record as JSON and nobody else's", async () => {
    const response = await ann.request("GET", "/api/export");
    expect(response.statusCode).toBe(200);
    const record = response.json();
    expect(record.user.email).toBe(ann.email);
    expect(record.screenings).toHaveLength(1);
    expect(record.screenings[0].decision.outcome).toBe("self-care");
    expect(record.events).toHaveLength(2);
    expect(record.events[0]).toEqual(annsCheckIn);
    expect(record.exportedAt).toBe("2026-11-24T12:00:00.000Z");
  });

  it("exports a FHIR R4 Bundle: a QuestionnaireResponse per screening, an Observation per check-in", async () => {
    const bundle = (await ann.request("GET", "/api/export/fhir")).json();
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map(
      (entry: { resource: { resourceType: string } }) => entry.resource.resourceType,
    );
    expect(types.sort()).toEqual(["Observation", "Patient", "QuestionnaireResponse"]);
    const observation = bundle.entry.find(
      (entry: { resource: { resourceType: string } }) => entry.resource.resourceType === "Observation",
    ).resource;
    expect(observation.code.coding[0]).toMatchObject({ system: "http://loinc.org", code: "72514-3" });
    expect(observation.valueInteger).toBe(3);
    expect(observation.effectiveDateTime).toBe(annsCheckIn.at);
    expect(observation.note).toEqual([{ text: "after gardening" }]);
    const response = bundle.entry.find(
      (entry: { resource: { resourceType: string } }) =>
        entry.resource.resourceType === "QuestionnaireResponse",
    ).resource;
    expect(response.item).toHaveLength(16);
    expect(response.subject.reference).toBe(observation.subject.reference);
  });

  it("asks anonymous callers to sign in", async () => {
    expect((await new TestPerson(app).request("GET", "/api/export/fhir")).statusCode).toBe(401);
  });
});
