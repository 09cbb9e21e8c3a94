import { describe, expect, it } from "vitest";
import { callApi } from "./server-api";

describe("calling the server", () => {
  it("turns an unreachable server into a network problem that reassures the data is safe", async () => {
    const answer = await callApi("/api/auth/session", {
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(answer).toMatchObject({ ok: false, problem: { code: "network", status: null } });
    expect(!answer.ok && answer.problem.message).toMatch(/safe on this device/);
  });

  it("passes on the server's error code and details, with one plain message instead of the server's text", async () => {
    const body = {
      error: {
        code: "event_conflict",
        message: "Use a new id.",
        details: [{ path: "id", message: "taken" }],
      },
    };
    const answer = await callApi("/api/journal/events", {
      method: "POST",
      body: {},
      fetch: async () => new Response(JSON.stringify(body), { status: 409 }),
    });
    expect(answer).toEqual({
      ok: false,
      problem: {
        code: "event_conflict",
        details: body.error.details,
        status: 409,
        message:
          "The server already holds a different entry under the same name. This one stays on this device.",
      },
    });
  });

  it("explains an answer that is not Limber JSON, such as a proxy's 502 page", async () => {
    const answer = await callApi("/api/screenings", {
      fetch: async () => new Response("<html>", { status: 502 }),
    });
    expect(answer).toMatchObject({ ok: false, problem: { code: "http_502", status: 502 } });
  });

  it("does not take a code it does not know (a newer server's, say) for one of the catalogue's: only the status speaks", async () => {
    const body = {
      error: { code: "something_new", message: "New.", details: [{ path: "x", message: "raw" }] },
    };
    const answer = await callApi("/api/journal/events", {
      fetch: async () => new Response(JSON.stringify(body), { status: 418 }),
    });
    expect(answer).toMatchObject({ ok: false, problem: { code: "http_418", status: 418 } });
  });

  it("keeps how long a throttled client should wait, from Retry-After", async () => {
    const body = { error: { code: "rate_limited", message: "Wait." } };
    const answer = await callApi("/api/shared/record", {
      fetch: async () =>
        new Response(JSON.stringify(body), { status: 429, headers: { "retry-after": "42" } }),
    });
    expect(answer).toMatchObject({ ok: false, problem: { code: "rate_limited", retryAfterSeconds: 42 } });
  });

  it("sends JSON with its content type on mutating requests, even without a body", async () => {
    let seen: RequestInit = {};
    await callApi("/api/auth/logout", {
      method: "POST",
      fetch: async (_url, init) => {
        seen = init ?? {};
        return new Response(null, { status: 204 });
      },
    });
    expect((seen.headers as Record<string, string>)["content-type"]).toBe("application/json");
    expect(seen.body).toBeUndefined();
  });
});
