/**
 * A screening that stopped at its first emergency "yes" (POST /api/screenings/stopped): stored with the
 * questions asked, listed and exported as stopped, so the record (and a clinician's share) shows the
 * emergency the device showed. POST /api/screenings still refuses incomplete answers.
 */
import { SCREENING_ITEMS, toFhirQuestionnaireResponse } from "@limber/core";
import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { BACKENDS, testApp, useTestStore } from "../../test-support/test-app";
import { TestPerson } from "../../test-support/test-person";

const KEY = "0b7e0c3a-5d2f-4e8a-9c1b-2a3d4e5f6a7b";
const STOP = SCREENING_ITEMS.findIndex((item) => item.severity === "emergency");
const STOPPED_AT = SCREENING_ITEMS[STOP]?.linkId ?? "saddle-numbness";
/** Every question up to the first emergency one "no", that one "yes", and nothing after it. */
const ASKED = Object.fromEntries(
  SCREENING_ITEMS.slice(0, STOP + 1).map((item, i) => [item.linkId, i === STOP]),
);

describe.each(BACKENDS)("a stopped screening on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await testApp(store().database);
  });

  it("[C-stopped-screening-recorded] is stored with only the questions asked, decides emergency, and is listed as stopped", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const response = await ann.request("POST", "/api/screenings/stopped", { answers: ASKED });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ outcome: "emergency", reasons: [{ code: STOPPED_AT }] });
    const [listed] = (await ann.request("GET", "/api/screenings")).json().screenings;
    expect(listed).toMatchObject({
      answers: ASKED,
      stoppedAt: STOPPED_AT,
      decision: { outcome: "emergency" },
    });
  });

  it("is dated by a stopped QuestionnaireResponse's authored time, and stored once when retried", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const resource = toFhirQuestionnaireResponse(ASKED, "2026-01-02T03:04:05Z");
    const send = () => ann.request("POST", "/api/screenings/stopped", resource, { "idempotency-key": KEY });
    const [first, retry] = [await send(), await send()];
    expect(retry.json()).toEqual(first.json());
    const { screenings } = (await ann.request("GET", "/api/screenings")).json();
    expect(screenings).toHaveLength(1);
    expect(screenings[0]).toMatchObject({ id: KEY, at: "2026-01-02T03:04:05.000Z", stoppedAt: STOPPED_AT });
  });

  it("answers 409 when its Idempotency-Key was used for other answers", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const headers = { "idempotency-key": KEY };
    await ann.request("POST", "/api/screenings/stopped", { answers: ASKED }, headers);
    const other = { ...ASKED, [SCREENING_ITEMS[0]?.linkId ?? ""]: true };
    const response = await ann.request("POST", "/api/screenings/stopped", { answers: other }, headers);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("screening_conflict");
  });

  it("refuses answers that did not stop at an emergency yes, naming the question", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    const after = SCREENING_ITEMS[STOP + 1]?.linkId;
    const response = await ann.request("POST", "/api/screenings/stopped", {
      answers: { ...ASKED, [after ?? ""]: false },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ code: "not_stopped", path: `answers.${after}` });
  });

  it("needs a signed-in person: there is nothing to store for an anonymous one", async () => {
    const response = await new TestPerson(app).request("POST", "/api/screenings/stopped", { answers: ASKED });
    expect(response.statusCode).toBe(401);
    expect(await store().database.db.selectFrom("screenings").selectAll().execute()).toEqual([]);
  });

  it("[C-stopped-screening-recorded] is exported as JSON (what a share reads) with where it stopped, and as a FHIR QuestionnaireResponse with status stopped", async () => {
    const ann = new TestPerson(app);
    await ann.signup();
    await ann.request("POST", "/api/screenings/stopped", { answers: ASKED });
    const record = (await ann.request("GET", "/api/export")).json();
    expect(record.screenings[0]).toMatchObject({ answers: ASKED, stoppedAt: STOPPED_AT });
    const bundle = (await ann.request("GET", "/api/export/fhir")).json();
    const response = bundle.entry
      .map((entry: { resource: { resourceType: string } }) => entry.resource)
      .find((resource: { resourceType: string }) => resource.resourceType === "QuestionnaireResponse");
    expect(response.status).toBe("stopped");
    expect(response.item.map((item: { linkId: string }) => item.linkId)).toEqual(Object.keys(ASKED));
  });
});
