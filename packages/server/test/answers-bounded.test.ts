/**
 * Issue 17, findings 9 and 10: answers that grew with the request (9,000 unknown keys gave a 376 KB error
 * body, the 404 page echoed a 15 KB path, an 8 KB time-zone name came back twice), and `Expect: bogus`
 * answered 417 with an empty body and none of the security headers. Every error body is now at most 8 KB
 * whatever the request, echoed input cut, over the whole error catalogue and over HTTP.
 */

import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, invalidInput, MAX_ERROR_BODY_BYTES } from "../src/errors/api-error";
import { ERROR_CATALOGUE, type ErrorCode } from "../src/errors/catalogue";
import { openTestStore, type TestStore, testApp } from "../test-support/test-app";
import { TestPerson } from "../test-support/test-person";

const huge = "x".repeat(50_000);
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe("issue 17 finding 9: every error body is at most 8 KB", () => {
  it.each(Object.keys(ERROR_CATALOGUE))(
    "%s with a huge message and huge details stays under 8 KB",
    (code) => {
      const details = Array.from({ length: 500 }, (_, i) => ({
        code: huge,
        path: `${huge}${i}`,
        message: huge,
      }));
      const error = new ApiError(code as ErrorCode, huge, details);
      expect(bytes(error.toBody())).toBeLessThanOrEqual(MAX_ERROR_BODY_BYTES);
      expect(MAX_ERROR_BODY_BYTES).toBeLessThanOrEqual(8_192);
    },
  );

  it("cuts a bad-input message made of thousands of long issues", () => {
    const issues = Array.from({ length: 9_000 }, (_, i) => ({
      code: "invalid_input" as const,
      path: "",
      message: `Unrecognized key: "${"k".repeat(2_000)}${i}"`,
    }));
    const body = invalidInput(issues).toBody();
    expect(bytes(body)).toBeLessThanOrEqual(MAX_ERROR_BODY_BYTES);
    expect(body.error.message).toMatch(/…/);
  });
});

describe("issue 17 findings 9 and 10 over HTTP", () => {
  let store: TestStore;
  let app: FastifyInstance;
  let person: TestPerson;
  beforeAll(async () => {
    store = await openTestStore("pglite");
    app = await testApp(store.database);
    person = new TestPerson(app);
    await person.signup();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("finding 9: a sign-up with 9,000 unknown keys answers 400 under 8 KB", async () => {
    const body: Record<string, string> = {
      email: "x@example.test",
      password: "correct horse battery staple",
    };
    for (let i = 0; i < 9_000; i++) body[`unknown_key_${i}`] = "v";
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/signup",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify(body),
    });
    expect(response.statusCode).toBe(400);
    expect(Buffer.byteLength(response.body)).toBeLessThanOrEqual(MAX_ERROR_BODY_BYTES);
  });

  it("finding 9: the 404 for a 15 KB path does not echo it whole", async () => {
    const response = await app.inject({ method: "GET", url: `/api/${"p".repeat(15_000)}` });
    expect(response.statusCode).toBe(404);
    expect(Buffer.byteLength(response.body)).toBeLessThanOrEqual(1_024);
  });

  it("finding 9: an 8 KB time-zone name is not sent back whole", async () => {
    const response = await person.request("GET", `/api/journal/assessment?timeZone=${"Z".repeat(8_000)}`);
    expect(response.statusCode).toBe(400);
    expect(Buffer.byteLength(response.body)).toBeLessThanOrEqual(2_048);
  });

  it("finding 10: Expect: bogus answers 417 in the error shape with the security headers", async () => {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port }, () =>
        socket.write("GET /healthz HTTP/1.1\r\nHost: limber\r\nExpect: bogus\r\n\r\n"),
      );
      const chunks: Buffer[] = [];
      socket.on("data", (chunk) => chunks.push(chunk));
      socket.on("error", reject);
      socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 417 /);
    expect(raw.toLowerCase()).toContain("x-content-type-options: nosniff");
    expect(raw.toLowerCase()).toContain("content-security-policy:");
    expect(raw).toContain('"code":"expectation_failed"');
  });
});
