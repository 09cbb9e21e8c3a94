/** Screening, content, export and operations routes as docs/api.md specifies them, on PGlite and PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { checkIn, sessionEvent } from "../test-support/journal-events";
import { SELF_CARE_ANSWERS, withYes } from "../test-support/screening-answers";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

type Decision = { outcome: string; reasons: { code: string; severity: string; source: string }[] };

describe.each(backends())("screening, content and export on %s", (backend) => {
  let app: AppHarness;
  let person: Person;
  beforeAll(async () => {
    app = await openApp(backend);
    await app.signedUp("owner");
    person = await app.signedUp("screened");
  });
  afterAll(async () => {
    await app?.close();
  });

  it("serves the questionnaire with every item cited to its source", async () => {
    const response = await app.anonymous().request({ method: "GET", path: "/api/questionnaire" });
    const body = response.json as { id: string; items: { linkId: string; source: string }[] };
    expect(body.id).toBe("back-self-care-screening");
    expect(body.items.map((item) => item.linkId).sort()).toEqual(Object.keys(SELF_CARE_ANSWERS).sort());
    for (const item of body.items) expect(item.source).not.toBe("");
  });

  it("serves the questionnaire as a FHIR R4 Questionnaire", async () => {
    const response = await app.anonymous().request({ method: "GET", path: "/api/questionnaire/fhir" });
    expect((response.json as { resourceType: string }).resourceType).toBe("Questionnaire");
  });

  it("sends anyone reporting saddle numbness to emergency care, listing every yes, most severe first", async () => {
    const response = await person.request({
      method: "POST",
      path: "/api/screenings",
      body: { answers: withYes("recent-injury", "saddle-numbness") },
    });
    expect(response.status).toBe(200);
    const decision = response.json as Decision;
    expect(decision.outcome).toBe("emergency");
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["saddle-numbness", "recent-injury"]);
  });

  it("accepts a FHIR QuestionnaireResponse in place of the answers", async () => {
    const item = Object.keys(SELF_CARE_ANSWERS).map((linkId) => ({
      linkId,
      answer: [{ valueBoolean: linkId === "osteoporosis" }],
    }));
    const response = await app.anonymous().request({
      method: "POST",
      path: "/api/screenings",
      body: { resourceType: "QuestionnaireResponse", status: "completed", item },
    });
    expect(response.status, response.text).toBe(200);
    expect((response.json as Decision).reasons.map((reason) => reason.code)).toEqual(["osteoporosis"]);
  });

  it("rejects incomplete answers with 400 naming the missing items, never defaulting them to no", async () => {
    const { fever: _dropped, ...incomplete } = SELF_CARE_ANSWERS;
    const response = await app.anonymous().request({
      method: "POST",
      path: "/api/screenings",
      body: { answers: { ...incomplete, "chest-pain": "no" } },
    });
    expect(response.status).toBe(400);
    expectErrorBody(response, "invalid_input");
    expect(response.text).toContain("fever");
    expect(response.text).toContain("chest-pain");
  });

  it("rejects an Idempotency-Key that is not a UUID", async () => {
    const response = await person.request({
      method: "POST",
      path: "/api/screenings",
      headers: { "idempotency-key": "retry-1" },
      body: { answers: SELF_CARE_ANSWERS },
    });
    expect(response.status).toBe(400);
    expectErrorBody(response, "invalid_input");
  });

  it("lists the person's stored screenings newest first with answers and decision", async () => {
    const someone = await app.signedUp("history");
    await someone.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
    await someone.request({ method: "POST", path: "/api/screenings", body: { answers: withYes("fever") } });
    const response = await someone.request({ method: "GET", path: "/api/screenings" });
    const { screenings } = response.json as {
      screenings: { at: string; answers: Record<string, boolean>; decision: Decision }[];
    };
    expect(screenings.map((screening) => screening.decision.outcome)).toEqual([
      "see-professional",
      "self-care",
    ]);
    expect(screenings[0]?.answers.fever).toBe(true);
    expect(Date.parse(screenings[0]?.at ?? "")).toBeGreaterThanOrEqual(Date.parse(screenings[1]?.at ?? ""));
  });

  it.each(["techniques", "safety", "education", "escalation"])("serves the %s content", async (name) => {
    const response = await app.anonymous().request({ method: "GET", path: `/api/content/${name}` });
    expect(response.status).toBe(200);
    expect(response.text.length).toBeGreaterThan(2);
  });

  it("names both a physical therapist and a physician in the escalation content (P20)", async () => {
    const response = await app.anonymous().request({ method: "GET", path: "/api/content/escalation" });
    expect(response.text).toMatch(/physical therapist/i);
    expect(response.text).toMatch(/physician/i);
  });

  it("exports the whole record as JSON: the user, screenings and events", async () => {
    const someone = await app.signedUp("export");
    const event = checkIn({ pain: 6 });
    await someone.request({ method: "POST", path: "/api/journal/events", body: event });
    await someone.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
    const response = await someone.request({ method: "GET", path: "/api/export" });
    expect(response.status).toBe(200);
    const record = response.json as {
      user: { email: string };
      screenings: unknown[];
      events: unknown[];
      exportedAt: string;
    };
    expect(record.user.email).toBe(someone.email);
    expect(record.events).toEqual([event]);
    expect(record.screenings).toHaveLength(1);
    expect(Number.isNaN(Date.parse(record.exportedAt))).toBe(false);
    expect(response.text).not.toMatch(/password|scrypt/i);
  });

  it("exports a FHIR collection Bundle with a pain Observation (LOINC 72514-3) per check-in", async () => {
    const someone = await app.signedUp("fhir");
    await someone.request({ method: "POST", path: "/api/journal/events", body: checkIn({ pain: 7 }) });
    await someone.request({ method: "POST", path: "/api/journal/events", body: sessionEvent() });
    await someone.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
    const response = await someone.request({ method: "GET", path: "/api/export/fhir" });
    const bundle = response.json as {
      resourceType: string;
      type: string;
      entry: { resource: Record<string, unknown> }[];
    };
    expect([bundle.resourceType, bundle.type]).toEqual(["Bundle", "collection"]);
    const resources = bundle.entry.map((entry) => entry.resource);
    const observations = resources.filter((resource) => resource.resourceType === "Observation");
    expect(observations).toHaveLength(1);
    expect(JSON.stringify(observations[0])).toContain("72514-3");
    expect(resources.filter((resource) => resource.resourceType === "QuestionnaireResponse")).toHaveLength(1);
  });

  it("documents every route it serves in the OpenAPI 3.1 document", async () => {
    const response = await app.anonymous().request({ method: "GET", path: "/api/openapi.json" });
    const document = response.json as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toMatch(/^3\.1/);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const route of [
      "POST /api/journal/events",
      "GET /api/journal/events",
      "DELETE /api/journal/events/{id}",
      "POST /api/screenings",
      "POST /api/auth/signup",
      "GET /api/export/fhir",
    ]) {
      expect(documented).toContain(route);
    }
  });

  it("answers /healthz and /readyz with 200 when the database is migrated", async () => {
    for (const path of ["/healthz", "/readyz"]) {
      expect((await app.anonymous().request({ method: "GET", path })).status, path).toBe(200);
    }
  });

  it("answers an unknown address with a 404 in the error shape", async () => {
    const response = await app.anonymous().request({ method: "GET", path: "/api/nothing-here" });
    expect(response.status).toBe(404);
    expectErrorBody(response, "not_found");
  });
});
