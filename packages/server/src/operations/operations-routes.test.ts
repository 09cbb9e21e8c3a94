import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, openTestStore, type TestStore, testApp } from "../../test-support/test-app";

describe.each(BACKENDS)("operations on %s", (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(backend);
  });
  afterAll(async () => {
    await store.close();
  });

  it("answers /healthz while the process is up", async () => {
    const app = await testApp(store.database);
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("answers /readyz with the storage kind once migrated", async () => {
    const app = await testApp(store.database);
    const response = await app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ready", storage: store.database.kind });
  });

  it.each([
    ["reopening", 200, 503],
    ["down", 503, 503],
    ["open", 200, 200],
  ] as const)(
    "issue 17 item 2: while PGlite's data is %s, /healthz answers %i and /readyz %i",
    async (state, live, ready) => {
      const app = await testApp({ ...store.database, availability: () => state });
      const health = await app.inject({ method: "GET", url: "/healthz" });
      const readiness = await app.inject({ method: "GET", url: "/readyz" });
      expect([health.statusCode, readiness.statusCode]).toEqual([live, ready]);
      for (const response of [health, readiness].filter((r) => r.statusCode === 503)) {
        expect(response.json().error.code).toBe("unavailable");
        expect(response.headers["retry-after"]).toBe("5");
      }
    },
  );

  it("answers /readyz with 503 when the database is gone", async () => {
    const lost = await openTestStore(backend);
    const app = await testApp(lost.database);
    await lost.close();
    const response = await app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe("unavailable");
  });
});
