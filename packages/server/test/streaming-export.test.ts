/**
 * Issue 9, finding 11 (exports): a 200k-event export was built whole in memory (715 MiB peak for one, 1.3 GiB
 * for four). Exports now stream a page of events at a time, chunked. The bytes are still one valid JSON
 * document, equal to the record read whole, and the FHIR Bundle equals the core's own toFhirBundle,
 * across page boundaries (thousands of events sharing one instant, sub-millisecond times).
 */
import { randomUUID } from "node:crypto";
import { toFhirBundle } from "@limber/core";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPersonRecord } from "../src/export/person-record";
import { allNo } from "../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../test-support/test-app";
import { testClock } from "../test-support/test-clock";
import { TestPerson } from "../test-support/test-person";

const NOW = new Date("2026-11-24T12:00:00Z");
const serverClock = testClock(() => NOW);

describe.each(BACKENDS)("streamed exports on %s", (backend) => {
  const store = useTestStore(backend);
  let app: FastifyInstance;
  let base: string;
  let ann: TestPerson;
  let annId: string;
  beforeEach(async () => {
    app = await testApp(store().database, {}, serverClock);
    ann = new TestPerson(app);
    annId = (await ann.signup()).json().user.id;
    await ann.request("POST", "/api/screenings", { answers: allNo() });
    await new TestPerson(app).signup().then(async () => undefined);
    // 2,600 events: 1,200 at one instant (paged by id), others a microsecond apart, a note with quotes.
    await sql`
      INSERT INTO journal_events (owner_id, id, type, at, body)
      SELECT ${annId}::uuid, e.id, 'check-in', e.at,
             jsonb_build_object('type', 'check-in', 'id', e.id, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                'stiffness', n % 11, 'pain', n % 7, 'symptoms', '[]'::jsonb, 'note', 'said "ouch" \\ twice')
      FROM generate_series(1, 2600) AS n,
           LATERAL (SELECT gen_random_uuid() AS id,
                           CASE WHEN n <= 1200 THEN timestamptz '2026-11-01T08:00:00Z'
                                ELSE timestamptz '2026-11-02T08:00:00Z' + n * interval '1 microsecond' END AS at) AS e`.execute(
      store().database.db,
    );
    await sql`
      INSERT INTO journal_events (owner_id, id, type, at, body)
      VALUES (${annId}, ${randomUUID()}, 'adjust-urge', '2026-11-03T08:00:00Z', '{"type":"adjust-urge"}')`.execute(
      store().database.db,
    );
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterEach(async () => {
    await app.close();
  });

  const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie: ann.cookie ?? "" } });

  it("sends the JSON record chunked, as one valid document equal to the record read whole", async () => {
    const response = await get("/api/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const streamed = JSON.parse(await response.text());
    const whole = await readPersonRecord(store().database, annId, NOW);
    expect(streamed).toEqual(whole);
    expect(streamed.events).toHaveLength(2_601);
    expect(new Set(streamed.events.map((e: { id: string }) => e.id)).size).toBe(2_601);
  });

  it("sends the FHIR Bundle chunked, equal to the core's toFhirBundle of the whole record", async () => {
    const response = await get("/api/export/fhir");
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    const streamed = JSON.parse(await response.text());
    const whole = (await readPersonRecord(store().database, annId, NOW)) as NonNullable<
      Awaited<ReturnType<typeof readPersonRecord>>
    >;
    expect(streamed).toEqual(
      toFhirBundle({
        person: { id: whole.user.id, email: whole.user.email },
        screenings: whole.screenings,
        events: whole.events,
        exportedAt: whole.exportedAt,
      }),
    );
    // The patient, one screening, 2,600 check-ins; the urge has no FHIR entry.
    expect(streamed.entry).toHaveLength(2_602);
  });

  it("still asks anonymous callers to sign in, before any byte of a record is sent", async () => {
    const response = await fetch(`${base}/api/export`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });
});
