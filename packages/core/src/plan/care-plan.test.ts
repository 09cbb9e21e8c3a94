import { describe, expect, it } from "vitest";
import { toFhirBundle } from "../record/fhir-bundle";
import { toFhirCarePlan } from "./care-plan";
import { PLAN } from "./plan-fixture";

describe("the plan as a FHIR R4 CarePlan", () => {
  const carePlan = toFhirCarePlan(PLAN, "urn:uuid:p");

  it("is an active plan for the person, one scheduled activity per slot with its weekly timing", () => {
    expect(carePlan).toMatchObject({
      resourceType: "CarePlan",
      id: PLAN.id,
      status: "active",
      intent: "plan",
      subject: { reference: "urn:uuid:p" },
    });
    expect(carePlan.activity.map((a) => a.detail.scheduledTiming.repeat)).toEqual([
      { frequency: 1, period: 1, periodUnit: "wk", dayOfWeek: ["mon"], timeOfDay: ["07:30:00"] },
      { frequency: 1, period: 1, periodUnit: "wk", dayOfWeek: ["thu"], timeOfDay: ["18:00:00"] },
    ]);
    expect(carePlan.activity.map((a) => a.detail.code.coding[0]?.code)).toEqual([
      "either",
      "supine-spinal-twist",
    ]);
    expect(carePlan.note[0]?.text).toContain("Europe/London");
  });

  it("says every activity starts with a check-in and safety check", () => {
    for (const a of carePlan.activity)
      expect(a.detail.description).toMatch(
        /^A check-in and safety check first; .* only if Limber's safety check allows it\.$/,
      );
  });

  it("names the technique inside that sentence in lower case", () => {
    expect(carePlan.activity.map((a) => a.detail.description)).toEqual([
      "A check-in and safety check first; then whichever technique feels right on the day, only if Limber's safety check allows it.",
      "A check-in and safety check first; then the supine spinal twist, only if Limber's safety check allows it.",
    ]);
  });

  it("is in the Bundle after the person when the record has a plan, and absent without one", () => {
    const record = {
      person: { id: "55555555-5555-4555-8555-555555555555" },
      screenings: [],
      events: [],
      exportedAt: "2026-10-11T00:00:00Z",
    };
    expect(toFhirBundle(record).entry.map((e) => e.resource.resourceType)).toEqual(["Patient"]);
    const withPlan = toFhirBundle({ ...record, plan: PLAN });
    expect(withPlan.entry.map((e) => e.resource.resourceType)).toEqual(["Patient", "CarePlan"]);
    expect(withPlan.entry[1]?.resource).toMatchObject({ subject: { reference: withPlan.entry[0]?.fullUrl } });
  });
});
