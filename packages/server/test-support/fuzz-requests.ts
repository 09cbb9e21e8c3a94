/**
 * Random requests for fuzzing, per route: bodies shaped like the route's own input with parts broken, any
 * JSON at all, malformed text, wrong and odd content types, headers, cookies, query strings and path params.
 */
import fc from "fast-check";
import type { ApiRequest } from "./api-client";
import { SELF_CARE_ANSWERS } from "./screening-answers";

export const ROUTES = [
  ["GET", "/api/auth/session"],
  ["POST", "/api/auth/signup"],
  ["POST", "/api/auth/login"],
  ["POST", "/api/auth/logout"],
  ["POST", "/api/auth/password"],
  ["POST", "/api/invites"],
  ["DELETE", "/api/account"],
  ["GET", "/api/questionnaire"],
  ["GET", "/api/questionnaire/fhir"],
  ["POST", "/api/screenings"],
  ["GET", "/api/screenings"],
  ["GET", "/api/content/techniques"],
  ["POST", "/api/journal/events"],
  ["GET", "/api/journal/events"],
  ["DELETE", "/api/journal/events/:id"],
  ["POST", "/api/journal/assessment"],
  ["GET", "/api/journal/assessment"],
  ["GET", "/api/export"],
  ["GET", "/api/export/fhir"],
  ["GET", "/api/openapi.json"],
  ["GET", "/healthz"],
  ["GET", "/readyz"],
] as const;

/** Instants that are valid ISO-8601 yet awkward for a database: year 0, far offsets, many decimals. */
const awkwardInstant = fc.constantFrom(
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "1969-12-31T23:59:59.999999999Z",
  "2026-11-20T08:30:00+23:59",
  "2026-11-20T08:30:00-23:59",
  "2026-11-20T08:30:00+14:00",
  "2026-02-29T08:30:00Z",
  "2026-11-20T08:30:00.123456789+01:00",
);
const instant = fc.oneof(
  awkwardInstant,
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2026-11-23"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.string(),
);

/** A well-formed check-in but for its instant, so the fuzzing reaches the database. */
const checkInAtAnyInstant = fc.record({
  type: fc.constant("check-in"),
  id: fc.uuid(),
  at: instant,
  stiffness: fc.integer({ min: 0, max: 10 }),
  pain: fc.integer({ min: 0, max: 10 }),
  symptoms: fc.constant([]),
});

const brokenEvent = fc.record(
  {
    type: fc.constantFrom("check-in", "session", "adjust-urge", "other"),
    id: fc.oneof(fc.uuid(), fc.string()),
    at: instant,
    stiffness: fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double(), fc.jsonValue()),
    pain: fc.integer({ min: 0, max: 10 }),
    symptoms: fc.array(fc.string(), { maxLength: 3 }),
    note: fc.string({ maxLength: 50 }),
    technique: fc.string(),
    outcome: fc.string(),
  },
  { requiredKeys: ["type", "id", "at"] },
);

const credentials = fc.record({
  email: fc.oneof(fc.emailAddress(), fc.string()),
  password: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue()),
});

/** Per route, bodies that look like its own input with a part broken. */
const ROUTE_BODIES: Record<string, fc.Arbitrary<unknown>> = {
  "/api/auth/signup": fc.oneof(
    credentials,
    fc.record({ email: fc.emailAddress(), password: fc.string(), inviteCode: fc.jsonValue() }),
  ),
  "/api/auth/login": credentials,
  "/api/auth/password": fc.record({
    currentPassword: fc.jsonValue(),
    newPassword: fc.string({ maxLength: 300 }),
  }),
  "/api/account": fc.record({ password: fc.jsonValue() }),
  "/api/screenings": fc.oneof(
    fc.record({
      answers: fc.dictionary(fc.constantFrom(...Object.keys(SELF_CARE_ANSWERS), "x"), fc.jsonValue()),
    }),
    fc.record({ answers: fc.constant(SELF_CARE_ANSWERS), extra: fc.jsonValue() }),
    fc.record({ resourceType: fc.constant("QuestionnaireResponse"), item: fc.jsonValue() }),
  ),
  "/api/journal/events": fc.oneof(checkInAtAnyInstant, brokenEvent),
  "/api/journal/assessment": fc.record({
    timeZone: fc.oneof(fc.constantFrom("Europe/London", "Mars/Olympus", ""), fc.string()),
    now: instant,
    events: fc.array(fc.oneof(checkInAtAnyInstant, brokenEvent), { maxLength: 3 }),
  }),
};

function rawBody(path: string): fc.Arbitrary<string> {
  const shaped = ROUTE_BODIES[path] ?? fc.jsonValue();
  return fc.oneof(
    { weight: 6, arbitrary: shaped.map((value) => JSON.stringify(value) ?? "null") },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value) ?? "null") },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "{",
        "[",
        '{"a":',
        "null",
        '"\\u0000"',
        "\u0000",
        "{}".repeat(10_000),
        "[".repeat(5_000),
      ),
    },
  );
}

const contentType = fc.option(
  fc.oneof(
    { weight: 5, arbitrary: fc.constant("application/json") },
    fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/json; charset=latin1",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=xyz",
      "application/jsonx",
      "application/*",
      ";;;",
    ),
    fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz/;=-+. ".split("")), maxLength: 40 }),
  ),
  { nil: undefined, freq: 8 },
);

/** Header values a real client could send: visible ASCII and spaces, sometimes long. */
const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
const headerName = fc.stringMatching(/^x-[a-z0-9-]{1,30}$/);

const extraHeaders = fc.record(
  {
    cookie: fc.oneof(
      headerValue,
      headerValue.map((value) => `limber_session=${value.replace(/[;\s]/g, "")}`),
      fc.constant(`limber_session=${"a".repeat(4_000)}`),
    ),
    "idempotency-key": fc.oneof(fc.uuid(), headerValue),
    accept: fc.constantFrom("application/json", "text/html", "*/*", "image/png"),
    "x-forwarded-for": fc.oneof(fc.ipV4(), headerValue),
    custom: fc.tuple(headerName, headerValue),
  },
  { requiredKeys: [] },
);

const pathParam = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 60 }),
  fc.constantFrom("..", "%00", "%2e%2e%2f", "null", "0", "-".repeat(36), "g".repeat(36)),
);

const queryString = fc.oneof(
  fc.constant(""),
  fc
    .record(
      {
        from: instant,
        to: instant,
        limit: fc.oneof(fc.integer({ min: -10, max: 1_000 }).map(String), fc.string()),
        cursor: fc.oneof(
          fc.string({ maxLength: 80 }),
          fc
            .tuple(instant, fc.oneof(fc.uuid(), fc.constant("-".repeat(36))))
            .map((position) => Buffer.from(JSON.stringify(position)).toString("base64url")),
        ),
        timeZone: fc.oneof(fc.constantFrom("Europe/London", "Nowhere/Else", "UTC"), fc.string()),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    )
    .map((query) => `?${new URLSearchParams(query as Record<string, string>).toString()}`),
  fc.string({ maxLength: 80 }).map((raw) => `?${encodeURI(raw)}`),
);

export type Route = (typeof ROUTES)[number];

export function requestFor(route: Route) {
  return fc.record({
    route: fc.constant(route),
    param: pathParam,
    query: queryString,
    body: fc.option(rawBody(route[1].replace("/:id", "")), { nil: undefined, freq: 8 }),
    contentType,
    headers: extraHeaders,
  });
}

type Sample = ReturnType<typeof requestFor> extends fc.Arbitrary<infer T> ? T : never;

/** The request a sample describes; `cookie` replaces any fuzzed cookie (undefined keeps the fuzzed one). */
export function toRequest(sample: Sample, cookie: string | undefined): ApiRequest {
  const [method, template] = sample.route;
  const path = template.replace(":id", encodeURIComponent(sample.param)) + sample.query;
  const headers: Record<string, string> = {};
  const { custom, ...named } = sample.headers;
  for (const [name, value] of Object.entries(named)) headers[name] = value;
  if (custom) headers[custom[0]] = custom[1];
  if (cookie !== undefined) headers.cookie = cookie;
  if (sample.contentType !== undefined) headers["content-type"] = sample.contentType;
  return {
    method,
    path,
    headers,
    ...(sample.body === undefined || method === "GET" ? {} : { body: sample.body }),
  };
}
