import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { location } from "../app/router";
import { storeReady } from "../app/store-ready";
import { events, recordScreening, store } from "../storage/store";
import SessionRoute from "./SessionRoute";

// Lazy screens and the store's first validation load modules from disk; a busy machine can take seconds.
const PATIENCE = { timeout: 5000 };

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers;
const params = { technique: "supine-spinal-twist" };

async function screenSelfCare() {
  await recordScreening(allNo, decide(allNo));
}

/** Lets the store's promises (IndexedDB stand-in, lazy validation) settle under fake timers. */
async function settle() {
  for (let i = 0; i < 20; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
  }
}

// The store validates events with a lazily imported schema; load it once so writes settle in a few ticks.
beforeAll(() => import("@limber/core/journal/events"));

beforeEach(async () => {
  await store.eraseDevice();
  await store.ready;
  storeReady.value = true;
  vi.useFakeTimers({
    toFake: [
      "setTimeout",
      "clearTimeout",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "Date",
      "performance",
    ],
  });
});
afterEach(async () => {
  cleanup();
  // A session left running is recorded as abandoned on unmount; let that write land before the next test.
  await settle();
  vi.useRealTimers();
});

describe("a guided session route", () => {
  it("asks for a screening before the first session and offers no technique", async () => {
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    expect(screen.getByTestId("session-gate-refused").dataset.reason).toBe("no-screening");
    expect(screen.queryByTestId("session-begin")).toBeNull();
  });

  it("shows the safety reminder first and starts only on a deliberate tap", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    expect(screen.getByTestId("safety-reminder").textContent).toMatch(/never use momentum or bouncing/i);
    expect(screen.queryByTestId("guided-session")).toBeNull();
    fireEvent.click(screen.getByTestId("session-begin"));
    expect(screen.getByTestId("guided-session")).toBeTruthy();
    fireEvent.click(screen.getByTestId("session-end"));
    await vi.waitFor(() => expect(events.value).toHaveLength(1), PATIENCE);
  });

  it("records a session ended early as abandoned and offers the check-in", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    fireEvent.click(screen.getByTestId("session-begin"));
    fireEvent.click(screen.getByTestId("session-end"));
    await vi.waitFor(
      () => expect(screen.getByTestId("session-ended").textContent).toMatch(/session ended/i),
      PATIENCE,
    );
    expect(events.value).toMatchObject([{ type: "session", outcome: "abandoned" }]);
  });

  it("records a session left midway as abandoned", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    fireEvent.click(screen.getByTestId("session-begin"));
    cleanup();
    await vi.waitFor(
      () => expect(events.value).toMatchObject([{ type: "session", outcome: "abandoned" }]),
      PATIENCE,
    );
  });

  it("records a stop for pain, says what to do next, and requires a new screening before the next session", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    fireEvent.click(screen.getByTestId("session-begin"));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40_000);
    });
    fireEvent.click(screen.getByTestId("session-stop-pain"));
    await settle();
    expect(screen.getByTestId("session-stopped-for-pain").textContent).toMatch(
      /physical therapist or physician/,
    );
    expect(events.value).toMatchObject([
      { type: "session", technique: "supine-spinal-twist", outcome: "stopped-for-pain" },
    ]);
    const stopped = events.value[0];
    expect(screen.getByTestId("session-go-check-in").getAttribute("href")).toBe(
      `#/check-in?after=${stopped?.id}`,
    );
    cleanup();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    expect(screen.getByTestId("session-gate-refused").dataset.reason).toBe("stopped-for-pain");
  });

  it("records a completed twist and hands over to the check-in for that session", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    fireEvent.click(screen.getByTestId("session-begin"));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200_000);
    });
    await settle();
    expect(events.value).toMatchObject([{ type: "session", outcome: "completed" }]);
    expect(location.value.path).toBe("/check-in");
    expect(location.value.query.get("after")).toBe(events.value[0]?.id);
  });
});
