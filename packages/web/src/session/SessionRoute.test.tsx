import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { acknowledgements, events, recordEvent, recordScreening, store } from "../storage/store";
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

/** A dock tap once the dock has settled (a tap right after it changed counts as a double tap). */
async function tap(testId: string) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(700);
  });
  fireEvent.click(screen.getByTestId(testId));
}

/** The whole twist: "I'm in position" on each step that waits, the clock on the others. */
async function completeTwist() {
  for (let i = 0; i < 10 && !screen.queryByRole("heading", { name: "Session complete" }); i++) {
    const next = screen.queryByTestId("session-next");
    if (next?.textContent === "I'm in position") await tap("session-next");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40_000);
    });
    await settle();
  }
}

// The store validates events with a lazily imported schema; load it once so writes settle in a few ticks.
beforeAll(async () => {
  await import("@limber/core/journal/events");
  await loadSafetyCore();
});

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
    await settle();
    expect(screen.getByTestId("session-gate-refused").dataset.level).toBe("rescreen-needed");
    expect(screen.queryByTestId("session-begin")).toBeNull();
  });

  it("[C-reminder-before-session] shows the safety reminder first and starts only on a deliberate tap", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    expect(screen.getByTestId("safety-reminder").textContent).toMatch(/never use momentum or bouncing/i);
    expect(screen.queryByTestId("guided-session")).toBeNull();
    fireEvent.click(screen.getByTestId("session-begin"));
    expect(screen.getByTestId("guided-session")).toBeTruthy();
  });

  it("does not tell a phone user about the Escape key (the hint is for keyboards only)", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    const hint = screen.getByTestId("reminder-stop-hint");
    expect(hint.textContent).toMatch(/stays on screen the whole time/);
    const escapeHint = [...hint.querySelectorAll("span")].find((span) =>
      /Escape/.test(span.textContent ?? ""),
    );
    expect(escapeHint?.classList.contains("keyboard-hint")).toBe(true);
  });

  it("[C-end-asks-why] records a session ended as done for now as abandoned and offers the check-in", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    fireEvent.click(screen.getByTestId("session-begin"));
    await tap("session-end");
    expect(events.value).toEqual([]);
    fireEvent.click(screen.getByTestId("end-done"));
    await settle();
    await vi.waitFor(
      () => expect(screen.getByTestId("session-ended").textContent).toMatch(/session ended/i),
      PATIENCE,
    );
    expect(events.value).toMatchObject([{ type: "session", outcome: "abandoned" }]);
  });

  it("[C-end-asks-why] takes the stop-for-pain path when the reason for ending is pain", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    fireEvent.click(screen.getByTestId("session-begin"));
    await tap("session-end");
    fireEvent.click(screen.getByTestId("end-pain"));
    await settle();
    await vi.waitFor(() => expect(screen.getByTestId("session-stopped-for-pain")).toBeTruthy(), PATIENCE);
    expect(events.value).toMatchObject([{ type: "session", outcome: "stopped-for-pain" }]);
  });

  it("records a session left midway as abandoned", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    fireEvent.click(screen.getByTestId("session-begin"));
    cleanup();
    await vi.waitFor(
      () => expect(events.value).toMatchObject([{ type: "session", outcome: "abandoned" }]),
      PATIENCE,
    );
  });

  it("[C-rest-until-next-day] records a stop for pain, says what to do next, and offers no session until tomorrow", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    fireEvent.click(screen.getByTestId("session-begin"));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40_000);
    });
    fireEvent.click(screen.getByTestId("session-stop-pain"));
    await settle();
    const stopped = screen.getByTestId("session-stopped-for-pain");
    expect(stopped.textContent).toMatch(/physical therapist or physician/);
    expect(stopped.textContent).toMatch(/Do not try the technique again today/);
    expect(screen.getByTestId("session-save-status").dataset.saved).toBe("true");
    expect(events.value).toMatchObject([
      { type: "session", technique: "supine-spinal-twist", outcome: "stopped-for-pain" },
    ]);
    expect(screen.getByTestId("session-go-check-in").getAttribute("href")).toBe(
      `#/check-in?after=${events.value[0]?.id}`,
    );
    cleanup();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    expect(screen.getByTestId("session-gate-refused").dataset.level).toBe("rest-until");
    expect(screen.queryByTestId("session-begin")).toBeNull();
  });

  it("shows the completion moment after a finished twist: both sides, the time per step, Done and a check-in", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    fireEvent.click(screen.getByTestId("session-begin"));
    await completeTwist();
    expect(events.value).toMatchObject([{ type: "session", outcome: "completed" }]);
    expect(screen.getByRole("heading", { name: "Session complete" })).toBeTruthy();
    expect(screen.getByTestId("complete-sides").textContent).toBe("Both sides done: left and right.");
    const steps = screen.getByTestId("complete-steps").textContent ?? "";
    expect(steps).toMatch(/Hold: left knee across0:30/);
    expect(steps).toMatch(/Hold: right knee across0:30/);
    expect(screen.getByTestId("session-done")).toBeTruthy();
    // Symptoms wait behind "Anything new?"; stiffness and pain come first.
    expect((screen.getByTestId("checkin-anything-new") as HTMLDetailsElement).open).toBe(false);
  });

  it("replaces How do you feel? with Check-in saved once the check-in is saved", async () => {
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    fireEvent.click(screen.getByTestId("session-begin"));
    await completeTwist();
    expect(screen.getByRole("heading", { name: /How do you feel\?/ })).toBeTruthy();
    fireEvent.click(screen.getByTestId("stiffness-2"));
    fireEvent.click(screen.getByTestId("pain-0"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    await settle();
    await vi.waitFor(
      () => expect(screen.getByRole("heading", { name: "Check-in saved" })).toBeTruthy(),
      PATIENCE,
    );
    expect(screen.queryByRole("heading", { name: /How do you feel\?/ })).toBeNull();
    expect(events.value.filter((e) => e.type === "check-in")).toHaveLength(1);
  });
});

describe("journal flags before a session", () => {
  /** Two urges to adjust on one day: the P20 "frequent need to adjust" flag. */
  async function frequentAdjusting() {
    const now = Date.now();
    await recordEvent({
      type: "adjust-urge",
      id: crypto.randomUUID(),
      at: new Date(now - 120_000).toISOString(),
    });
    await recordEvent({
      type: "adjust-urge",
      id: crypto.randomUUID(),
      at: new Date(now - 60_000).toISOString(),
    });
  }

  it("[C-acknowledgement-required] names each reason with its source and starts only after it is acknowledged", async () => {
    await frequentAdjusting();
    await screenSelfCare();
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    const item = screen.getByTestId("acknowledge-frequent-adjusting");
    expect(item.textContent).toMatch(/your journal/);
    expect(item.querySelector("[data-cite]")?.getAttribute("data-cite")).toBe("P20");
    expect(screen.queryByTestId("safety-reminder")).toBeNull();
    expect((screen.getByTestId("acknowledge-continue") as HTMLButtonElement).disabled).toBe(true);

    const confirm = screen.getByTestId("acknowledge-button-frequent-adjusting");
    expect(confirm.textContent).toBe("I understand: I will see a physical therapist or physician about this");
    fireEvent.click(confirm);
    await settle();
    expect(acknowledgements.value.map((a) => a.code)).toEqual(["frequent-adjusting"]);
    expect(screen.getByTestId("acknowledged-frequent-adjusting")).toBeTruthy();
    fireEvent.click(screen.getByTestId("acknowledge-continue"));
    await settle();
    // The P13 reminder still comes before the session, and the acknowledged reason stays in view.
    expect(screen.getByTestId("safety-reminder")).toBeTruthy();
    expect(screen.getByTestId("reminder-acknowledged").textContent).toMatch(
      /physical therapist or physician/,
    );
  });

  it("[C-acknowledgement-required] offers no acknowledgement for a see-professional screening", async () => {
    const answers = { ...allNo, "recent-injury": true };
    await recordScreening(answers, decide(answers));
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await settle();
    expect(screen.getByTestId("session-gate-refused").dataset.level).toBe("see-professional");
    expect(screen.queryByTestId("acknowledge-reasons")).toBeNull();
    expect(screen.queryByText(/I understand: I will see/)).toBeNull();
  });
});
