import { cleanup, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answersWithYes, screeningAt } from "../../test-support/safety-fixtures";
import SharedRoute from "./SharedRoute";

const TOKEN = "a".repeat(43);
const EMAIL = "private-person@example.test";

function record() {
  return {
    user: { id: "u1", email: EMAIL, role: "member" },
    screenings: [
      {
        id: "s1",
        answers: answersWithYes(["saddle-numbness"]),
        ...screeningAt("2026-11-24T09:00:00Z", ["saddle-numbness"]),
      },
    ],
    events: [{ type: "check-in", id: "e1", at: "2026-11-24T08:00:00Z", stiffness: 6, pain: 3, symptoms: [] }],
    exportedAt: "2026-11-24T12:00:00Z",
  };
}

function serve(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_input: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the clinician's view of a shared record", () => {
  it("[C-share-read-only] reads with the token as a bearer token, never with a cookie", async () => {
    const fetch = serve(200, record());
    render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
    await screen.findByTestId("shared-view");
    const [path, init] = fetch.mock.calls[0] ?? [];
    expect(path).toBe("/api/shared/record");
    expect(new Headers(init?.headers).get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(init?.credentials).toBe("omit");
  });

  it("[C-share-read-only] shows the emergency and its reason, and offers no control that could change anything", async () => {
    serve(200, record());
    const { container } = render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
    // The safety rules load lazily (import()), which takes a while on a busy machine.
    const safety = await screen.findByTestId("shared-safety", {}, { timeout: 10_000 });
    await waitFor(() => expect(safety.getAttribute("data-level")).toBe("emergency"));
    expect(screen.getByTestId("shared-reasons").textContent).toMatch(/genitals|saddle|bottom/i);
    expect(container.querySelectorAll("form, input, textarea, select")).toHaveLength(0);
    const buttons = [...container.querySelectorAll("button")].map((b) => b.textContent);
    expect(buttons).toEqual(["Print", "Download FHIR record"]);
  });

  it("does not say 'answered yes' for a record with no safety check at all", async () => {
    serve(200, { ...record(), screenings: [] });
    render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
    const reasons = await screen.findByTestId("shared-reasons", {}, { timeout: 10_000 });
    expect(reasons.textContent).toMatch(/no safety check has reached the server/);
    expect(reasons.textContent).not.toMatch(/answered yes in the safety check/);
  });

  it("calls the person 'Your patient' and never shows their email", async () => {
    serve(200, record());
    const { container } = render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
    expect((await screen.findByTestId("shared-title")).textContent).toBe(
      "Your patient's back self-care record",
    );
    expect(container.textContent).not.toContain(EMAIL);
  });

  it("[C-share-expires-revokes] says a withdrawn or expired link was withdrawn or has expired, and shows nothing else", async () => {
    serve(404, { error: { code: "share_not_found", message: "gone" } });
    const { container } = render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
    const gone = await screen.findByTestId("shared-withdrawn");
    expect(gone.textContent).toMatch(/This link was withdrawn or has expired/);
    expect(gone.textContent).toMatch(/Ask your patient for a new one/);
    expect(container.querySelector("[data-testid=shared-safety]")).toBeNull();
  });

  it("asks to wait the server's Retry-After when the address is throttled", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("{}", { status: 429, headers: { "retry-after": "42" } })),
    );
    render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
    expect((await screen.findByTestId("shared-cannot-open")).textContent).toMatch(/Wait 42 seconds/);
  });

  describe("[C-share-expires-revokes] a view left open when the link is stopped", () => {
    /** The record answers once; the share stands until `withdraw()`; the status check fails when `offline`. */
    function serveShare() {
      const state = { withdrawn: false, offline: false };
      const fetch = vi.fn(async (path: string, _init?: RequestInit) => {
        if (path === "/api/shared/status") {
          if (state.offline) throw new TypeError("Failed to fetch");
          return new Response(null, { status: state.withdrawn ? 404 : 204 });
        }
        return new Response(JSON.stringify(record()), {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      });
      vi.stubGlobal("fetch", fetch);
      return { fetch, state, paths: () => fetch.mock.calls.map(([path]) => path) };
    }

    afterEach(() => {
      vi.useRealTimers();
    });

    it("replaces the record with the withdrawn words within a minute, checking without reading it again", async () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      const share = serveShare();
      render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
      await screen.findByTestId("shared-view");
      share.state.withdrawn = true;
      await vi.advanceTimersByTimeAsync(60_000);
      const gone = await screen.findByTestId("shared-withdrawn");
      expect(gone.textContent).toMatch(/This link was withdrawn or has expired/);
      expect(screen.queryByTestId("shared-view")).toBeNull();
      // The check reads nothing of the record (and the server logs no visit for it).
      expect(share.paths().filter((p) => p === "/api/shared/record")).toHaveLength(1);
      expect(share.paths()).toContain("/api/shared/status");
      const [, init] = share.fetch.mock.calls.find(([path]) => path === "/api/shared/status") ?? [];
      expect(new Headers(init?.headers).get("authorization")).toBe(`Bearer ${TOKEN}`);
      expect(init?.credentials).toBe("omit");
    });

    it("checks again as soon as the page is shown again", async () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      const share = serveShare();
      render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
      // Shown whole (its safety state computed), so the view's own effects, the recheck among them, are set up.
      await screen.findByTestId("shared-safety", {}, { timeout: 10_000 });
      share.state.withdrawn = true;
      document.dispatchEvent(new Event("visibilitychange"));
      expect((await screen.findByTestId("shared-withdrawn")).textContent).toMatch(/withdrawn or has expired/);
    });

    it("keeps showing the record while the server cannot be reached, and keeps checking", async () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      const share = serveShare();
      render(<SharedRoute params={{ token: TOKEN }} query={new URLSearchParams()} />);
      await screen.findByTestId("shared-view");
      share.state.offline = true;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(share.paths()).toContain("/api/shared/status");
      expect(screen.getByTestId("shared-view")).toBeTruthy();
      share.state.offline = false;
      share.state.withdrawn = true;
      await vi.advanceTimersByTimeAsync(60_000);
      await screen.findByTestId("shared-withdrawn");
    });
  });
});
