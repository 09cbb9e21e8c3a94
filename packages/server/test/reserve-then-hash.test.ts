/**
 * Issue 17, findings 4 and 6. One invite cost sixteen password hashes: it was checked before hashing but used
 * up after, so 16 parallel sign-ups with it each paid a hash before 15 were refused. Now the invite is
 * reserved atomically before the hash and released if the sign-up fails. And the password-strength check
 * (hundreds of milliseconds for a long password) ran before the sign-in throttle on a password change, so a
 * throttled client could still make the server estimate; it now runs after the throttle, in a worker.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ScryptCost } from "../src/accounts/password-hash";
import { type ServerSettings, settingsFromEnv } from "../src/config/settings";
import { injectSend, Person, type Send } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { openTestStore, type TestStore, testApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

/** A cheap scrypt cost that counts how many hashes were made with it (each hash reads log2N twice). */
function countingCost(): { cost: ScryptCost; hashes(): number } {
  let reads = 0;
  const cost = {
    get log2N() {
      reads++;
      return 10;
    },
    r: 8,
    p: 1,
  };
  return { cost, hashes: () => reads / 2 };
}

describe.each(backends())("issue 17: reserve, then hash (%s)", (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(backend);
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store.reset();
  });

  async function inviteOnly(settings: Partial<ServerSettings> = {}) {
    const counting = countingCost();
    const send: Send = injectSend(
      await testApp(store.database, { signup: "invite", passwordCost: counting.cost, ...settings }),
    );
    const owner = new Person(send, uniqueEmail("owner"), PASSWORD);
    expect((await owner.signup()).status).toBe(201);
    const invite = async () =>
      ((await owner.request({ method: "POST", path: "/api/invites", body: {} })).json as { code: string })
        .code;
    return { send, owner, invite, counting };
  }

  it("finding 4: 16 parallel sign-ups with one invite cost one password hash, and one account", async () => {
    const { send, invite, counting } = await inviteOnly();
    const code = await invite();
    const before = counting.hashes();
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        new Person(send, uniqueEmail(`invited-${i}`), PASSWORD).signup({ inviteCode: code }),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    for (const refused of responses.filter((response) => response.status !== 201)) {
      expectErrorBody(refused, "invalid_invite");
    }
    expect(counting.hashes() - before).toBe(1);
  });

  it("finding 4: an invite reserved by a sign-up that fails (email taken, weak password) is given back", async () => {
    const { send, owner, invite } = await inviteOnly();
    const code = await invite();
    const taken = await new Person(send, owner.email, PASSWORD).signup({ inviteCode: code });
    expectErrorBody(taken, "email_taken");
    const weak = await new Person(send, uniqueEmail("weak"), "password123").signup({ inviteCode: code });
    expectErrorBody(weak, "invalid_input");
    const later = await new Person(send, uniqueEmail("later"), PASSWORD).signup({ inviteCode: code });
    expect(later.status, later.text).toBe(201);
    const again = await new Person(send, uniqueEmail("again"), PASSWORD).signup({ inviteCode: code });
    expectErrorBody(again, "invalid_invite");
  });

  it("finding 6: a throttled password change is refused before the new password's strength is estimated", async () => {
    const send = injectSend(
      await testApp(store.database, {
        signup: "open",
        trustProxy: settingsFromEnv({ LIMBER_TRUST_PROXY: "1" }).trustProxy,
      }),
    );
    const person = new Person(send, uniqueEmail("changer"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const from = { "x-forwarded-for": "198.51.100.66" };
    const change = (currentPassword: string, newPassword: string) =>
      person.request({
        method: "POST",
        path: "/api/auth/password",
        headers: from,
        body: { currentPassword, newPassword },
      });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await change("wrong current password", "another fine long passphrase")).status).toBe(401);
    }
    // A weak, long new password from the throttled address: 429, not a strength verdict (400).
    const weakAndLong = "password".repeat(16);
    const throttled = await change("wrong current password", weakAndLong);
    expectErrorBody(throttled, "rate_limited");
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
  });
});
