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

  it("answers /readyz with 503 when the database is gone", async () => {
    const lost = await openTestStore(backend);
    const app = await testApp(lost.database);
    await lost.close();
    const response = await app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe("unavailable");
  });
});
