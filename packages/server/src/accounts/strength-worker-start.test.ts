import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore, type TestStore, testApp } from "../../test-support/test-app";
import { strengthWorkerRunning } from "./password-strength";

describe("the password-strength worker of a listening server", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore("pglite");
  });
  afterAll(async () => {
    await store.close();
  });

  it("is started when the server listens, so the first sign-up does not wait for zxcvbn's dictionaries, and ended when it closes", async () => {
    const app = await testApp(store.database);
    expect(strengthWorkerRunning()).toBe(false);
    await app.listen({ port: 0, host: "127.0.0.1" });
    expect(strengthWorkerRunning()).toBe(true);
    await app.close();
    expect(strengthWorkerRunning()).toBe(false);
  });
});
