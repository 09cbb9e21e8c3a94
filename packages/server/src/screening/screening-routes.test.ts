import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { allNo } from "../../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../../test-support/test-app";
import { TestPerson } from "../../test-support/test-person";

const IDEMPOTENCY_KEY = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";

describe.each(BACKENDS)("screening on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await testApp(store().database);
  });

  it("serves the questionnaire as Limber JSON, every item with its source", async () => {
    const body = (await app.inject({ method: "GET", url: "/api/questionnaire" })).json();
    expect(body.id).toBe("back-self-care-screening");
    expect(body.items).toHaveLength(16);
    expect(body.items[0]).toEqual({
      linkId: "recent-injury",
      question: expect.any(String),
      help: expect.any(String),
      severity: "see-professional",
      source: "P16",
    });
  });

  it("serves the questionnaire as a FHIR R4 Questionnaire", async () => {
    const body = (await app.inject({ method: "GET", url: "/api/questionnaire/fhir" })).json();
    expect(body.resourceType).toBe("Questionnaire");
    expect(body.item.map((item: { linkId: string }) => item.linkId)).toContain("saddle-numbness");
  });

  it("gives an anonymous caller the decision without storing anything", async () => {
    const anonymous = new TestPerson(app);
    const response = await anonymous.request("POST", "/api/screenings", {
      answers: { ...allNo(), "saddle-numbness": true },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe("emergency");
    expect(response.json().reasons[0].code).toBe("saddle-numbness");
    expect(await store().database.db.selectFrom("screenings").selectAll().execute()).toEqual([]);
  });

  it("stores a signed-in person's screening with its answers, newest first", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    await ann.request("POST", "/api/screenings", { answers: allNo() });
    await ann.request("POST", "/api/screenings", { answers: { ...allNo(), osteoporosis: true } });
    const { screenings } = (await ann.request("GET", "/api/screenings")).json();
    expect(screenings).toHaveLength(2);
    expect(screenings.map((s: { decision: { outcome: string } }) => s.decision.outcome).sort()).toEqual([
      "see-professional",
      "self-care",
    ]);
    expect(screenings[0].answers).toHaveProperty("osteoporosis");
  });

  it("keeps one person's screenings from another", async () => {
    const ann = new TestPerson(app);
    const bob = new TestPerson(app);
    await ann.signup();
    await bob.signup();
    await ann.request("POST", "/api/screenings", { answers: allNo() });
    expect((await bob.request("GET", "/api/screenings")).json()).toEqual({ screenings: [] });
  });

  it("stores a screening retried with the same Idempotency-Key once", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const send = () =>
      ann.request("POST", "/api/screenings", { answers: allNo() }, { "idempotency-key": IDEMPOTENCY_KEY });
    const [first, retry] = [await send(), await send()];
    expect(retry.body).toBe(first.body);
    expect((await ann.request("GET", "/api/screenings")).json().screenings).toHaveLength(1);
  });

  it("answers 409 when an Idempotency-Key is reused for different answers", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const headers = { "idempotency-key": IDEMPOTENCY_KEY };
    await ann.request("POST", "/api/screenings", { answers: allNo() }, headers);
    const response = await ann.request(
      "POST",
      "/api/screenings",
      { answers: { ...allNo(), fever: true } },
      headers,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("screening_conflict");
  });

  it("refuses an Idempotency-Key that is not a UUID", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const response = await ann.request(
      "POST",
      "/api/screenings",
      { answers: allNo() },
      { "idempotency-key": "1" },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe("Idempotency-Key");
  });

  it("accepts a FHIR QuestionnaireResponse", async () => {
    const item = Object.entries({ ...allNo(), "chest-pain": true }).map(([linkId, value]) => ({
      linkId,
      answer: [{ valueBoolean: value }],
    }));
    const response = await new TestPerson(app).request("POST", "/api/screenings", {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      item,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().outcome).toBe("emergency");
  });

  it("dates a QuestionnaireResponse by its authored time, so a screening synced late is not younger than it is", async () => {
    const person = new TestPerson(app);
    await person.signup();
    const item = Object.entries(allNo()).map(([linkId, value]) => ({
      linkId,
      answer: [{ valueBoolean: value }],
    }));
    const authored = "2026-01-02T03:04:05+01:00";
    const response = await person.request("POST", "/api/screenings", {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      authored,
      item,
    });
    expect(response.statusCode).toBe(200);
    const listed = (await person.request("GET", "/api/screenings")).json();
    expect(listed.screenings[0].at).toBe("2026-01-02T02:04:05.000Z");
  });

  it.each([
    ["a date that is not ISO-8601", "yesterday"],
    ["a date in the future", "2999-01-01T00:00:00Z"],
  ])("refuses an authored time that is %s, naming the field", async (_, authored) => {
    const item = Object.entries(allNo()).map(([linkId, value]) => ({
      linkId,
      answer: [{ valueBoolean: value }],
    }));
    const response = await new TestPerson(app).request("POST", "/api/screenings", {
      resourceType: "QuestionnaireResponse",
      status: "completed",
      authored,
      item,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe("authored");
  });

  it("refuses incomplete answers with 400 naming every missing and unknown linkId, never defaulting to no", async () => {
    const { "limb-weakness": _omitted, ...partial } = allNo();
    const response = await new TestPerson(app).request("POST", "/api/screenings", {
      answers: { ...partial, fever: "yes", headache: false },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid_input");
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "missing_answer", path: "answers.limb-weakness" }),
        expect.objectContaining({ code: "not_boolean", path: "answers.fever" }),
        expect.objectContaining({ code: "unknown_item", path: "answers.headache" }),
      ]),
    );
    expect(error.message).toContain("answers.limb-weakness");
  });
});
