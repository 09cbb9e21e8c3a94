import { describe, expect, it } from "vitest";
import { createFakeServer } from "../../test-support/fake-server";
import { createMemoryDb } from "../storage/memory-db";
import { createAccount } from "./session";

describe("the account on this device", () => {
  it("remembers who signed in, so an offline start still syncs for them later", async () => {
    const db = createMemoryDb();
    const server = createFakeServer();
    await createAccount(db, server.fetch).refresh();
    const offline = createAccount(db, async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await offline.refresh()).toMatchObject({
      status: "signed-in",
      confirmed: false,
      user: { id: "u1" },
    });
  });

  it("forgets the user on sign-out", async () => {
    const db = createMemoryDb();
    const server = createFakeServer();
    const account = createAccount(db, server.fetch);
    await account.refresh();
    await account.signOut();
    expect(account.state.value.status).toBe("signed-out");
    expect(await db.read("meta", "last-user")).toBeUndefined();
  });

  it("stays signed out after a wrong password", async () => {
    const server = createFakeServer();
    server.signOut();
    const account = createAccount(createMemoryDb(), server.fetch);
    await account.refresh();
    const answer = await account.signIn({ email: "sam@example.org", password: "wrong" });
    expect(answer).toMatchObject({ ok: false, problem: { code: "invalid_credentials" } });
    expect(account.state.value.status).toBe("signed-out");
  });
});
