/**
 * Issue 17, findings 3 and 10 (the share URL): every address-keyed limit counted IPv6 addresses one by one,
 * so one /64 (which any IPv6 user holds) had no limit: 30 failed sign-ins, 12 bad share tokens and 25
 * refused sign-ups from one /64, none limited. With a hop count, a client reaching the server directly wrote
 * the "proxy's" hop itself; and a share URL followed a client-sent X-Forwarded-Host.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ServerSettings } from "../src/config/settings";
import { settingsFromEnv } from "../src/config/settings";
import { type ApiRequest, type ApiResponse, injectSend, Person, type Send } from "../test-support/api-client";
import { PASSWORD, uniqueEmail } from "../test-support/journal-events";
import { openTestStore, type TestStore, testApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

/** The n-th address of one IPv6 /64. */
const inOne64 = (n: number) => `2001:db8:4:2::${(n + 1).toString(16)}`;
const limited = (responses: readonly ApiResponse[]) => responses.filter((r) => r.status === 429).length;

describe.each(backends())("issue 17 finding 3: address limits that fit the internet (%s)", (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(backend);
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store.reset();
    // Share-guess failures are not about any account; each test starts with none.
    await store.database.db.deleteFrom("share_failures").execute();
  });

  const appWith = async (settings: Partial<ServerSettings> = {}): Promise<Send> =>
    injectSend(await testApp(store.database, { signup: "open", ...settings }));
  const from = (send: Send, remoteAddress: string, request: ApiRequest) =>
    send({ ...request, remoteAddress });

  it("finding 3: 30 failed sign-ins from one IPv6 /64 are limited like 30 from one address", async () => {
    const send = await appWith();
    const target = new Person(send, uniqueEmail("target"), PASSWORD);
    expect((await target.signup()).status).toBe(201);
    const responses: ApiResponse[] = [];
    for (let i = 0; i < 30; i++) {
      responses.push(
        await from(send, inOne64(i), {
          method: "POST",
          path: "/api/auth/login",
          body: { email: uniqueEmail("nobody"), password: "wrong password guess" },
        }),
      );
    }
    expect(limited(responses)).toBeGreaterThanOrEqual(20);
  });

  it("finding 3: 12 bad share tokens from one IPv6 /64 are limited after 5", async () => {
    const send = await appWith();
    const responses: ApiResponse[] = [];
    for (let i = 0; i < 12; i++) {
      responses.push(
        await from(send, inOne64(i), {
          method: "GET",
          path: "/api/shared/record",
          headers: { authorization: `Bearer ${"x".repeat(43)}${i}` },
        }),
      );
    }
    expect(limited(responses)).toBeGreaterThanOrEqual(7);
  });

  it("finding 3: 25 refused sign-ups from one IPv6 /64 are limited after 20", async () => {
    const send = await appWith();
    const responses: ApiResponse[] = [];
    for (let i = 0; i < 25; i++) {
      responses.push(
        await from(send, inOne64(i), {
          method: "POST",
          path: "/api/auth/signup",
          body: { email: uniqueEmail("weak"), password: "password1" },
        }),
      );
    }
    expect(limited(responses)).toBeGreaterThanOrEqual(5);
  });

  it("finding 3: a client reaching the server directly cannot write the proxy's hop (LIMBER_TRUST_PROXY=1)", async () => {
    const send = await appWith({ trustProxy: settingsFromEnv({ LIMBER_TRUST_PROXY: "1" }).trustProxy });
    const responses: ApiResponse[] = [];
    for (let i = 0; i < 12; i++) {
      responses.push(
        await from(send, "203.0.113.9", {
          method: "POST",
          path: "/api/auth/login",
          headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
          body: { email: uniqueEmail("nobody"), password: "wrong password guess" },
        }),
      );
    }
    expect(limited(responses)).toBeGreaterThanOrEqual(2);
  });

  it("finding 3: behind a proxy of ours (a private address), the address the proxy saw is still the client's", async () => {
    const send = await appWith({ trustProxy: settingsFromEnv({ LIMBER_TRUST_PROXY: "1" }).trustProxy });
    const responses: ApiResponse[] = [];
    for (let i = 0; i < 12; i++) {
      responses.push(
        await from(send, "10.0.0.5", {
          method: "POST",
          path: "/api/auth/login",
          headers: { "x-forwarded-for": `198.51.100.${i + 1}` },
          body: { email: uniqueEmail("nobody"), password: "wrong password guess" },
        }),
      );
    }
    expect(limited(responses)).toBe(0);
  });
});

describe("issue 17 finding 10: the share URL comes from configuration, never X-Forwarded-Host", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore("pglite");
  });
  afterAll(async () => {
    await store?.close();
  });

  async function shareUrl(settings: Partial<ServerSettings>): Promise<string> {
    await store.reset();
    const send = injectSend(await testApp(store.database, { signup: "open", ...settings }));
    const person = new Person(send, uniqueEmail("sharer"), PASSWORD);
    expect((await person.signup()).status).toBe(201);
    const created = await person.request({
      method: "POST",
      path: "/api/shares",
      headers: { host: "limber.clinic.example", "x-forwarded-host": "evil.example" },
      body: { expiresInDays: 7 },
    });
    expect(created.status, created.text).toBe(201);
    return (created.json as { url: string }).url;
  }

  it("finding 10: behind a trusted proxy, the URL is on the Host, not the client's X-Forwarded-Host", async () => {
    const url = await shareUrl({ trustProxy: 1 });
    expect(url).toMatch(/^http:\/\/limber\.clinic\.example\/#\/shared\//);
    expect(url).not.toContain("evil.example");
  });

  it("finding 10: with LIMBER_PUBLIC_URL, the URL is on that address whatever the request says", async () => {
    const url = await shareUrl({ trustProxy: 1, publicUrl: "https://limber.example.org" });
    expect(url).toMatch(/^https:\/\/limber\.example\.org\/#\/shared\//);
  });

  it("refuses a LIMBER_PUBLIC_URL that is not an http(s) address", () => {
    expect(() => settingsFromEnv({ LIMBER_PUBLIC_URL: "limber.example.org" })).toThrow(/LIMBER_PUBLIC_URL/);
    expect(() => settingsFromEnv({ LIMBER_PUBLIC_URL: "ftp://limber.example.org" })).toThrow(
      /LIMBER_PUBLIC_URL/,
    );
  });
});
