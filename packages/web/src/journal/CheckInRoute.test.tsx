import { PERSISTENT_HOURS } from "@limber/core/journal/thresholds";
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadSafetyCore } from "../safety/safety-core";
import { events, recordEvent, store } from "../storage/store";
import CheckInRoute from "./CheckInRoute";

const SESSION_ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
const after = (id: string) => ({ params: {}, query: new URLSearchParams({ after: id }) });

beforeEach(async () => {
  await store.eraseDevice();
  await recordEvent({
    type: "session",
    id: SESSION_ID,
    at: new Date(Date.now() - 60_000).toISOString(),
    technique: "supine-spinal-twist",
    outcome: "stopped-for-pain",
  });
});
afterEach(cleanup);
beforeAll(async () => {
  await loadSafetyCore();
});

describe("the check-in after a session", () => {
  it("acknowledges a stop for pain and says to screen again before the next session (P13)", () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    const banner = screen.getByTestId("checkin-after-stop").textContent ?? "";
    expect(banner).toMatch(
      /You stopped the supine spinal twist because of pain, which was the right thing to do/,
    );
    expect(banner).toMatch(/answer the safety questions again before your next session/);
    // P20's hours come from core's journal thresholds, the number the journal's rules use.
    expect(banner).toContain(
      `lasts more than ${PERSISTENT_HOURS} hours despite gentle stretching, see a physical therapist or physician`,
    );
  });

  it("says the rest after a stop for pain as whole sentences, so a reversed one fails (P13, P20)", () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    const banner = (screen.getByTestId("checkin-after-stop").textContent ?? "").replace(/\s+/g, " ");
    expect(banner).toContain("Rest, and answer the safety questions again before your next session.");
  });

  it("[C-messages-agree] saves the check-in after a stop for pain and shows the rest, never a green all-clear", async () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    expect(screen.getByText(/How do you feel|You stopped/)).toBeTruthy();
    fireEvent.click(screen.getByTestId("stiffness-3"));
    fireEvent.click(screen.getByTestId("pain-1"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    await screen.findByRole("heading", { name: "Check-in saved" });
    expect(events.value.filter((e) => e.type === "check-in")).toHaveLength(1);
    await vi.waitFor(() => expect(screen.getByTestId("safety-notice")).toBeTruthy());
    expect(screen.getByTestId("safety-notice").dataset.level).not.toBe("ready");
    expect(screen.getByTestId("check-in-saved").textContent).not.toMatch(/no warning signs|looks suitable/i);
    expect(screen.queryByTestId("checkin-rescreen")).toBeNull();
    // The question and the stop banner give way to the result.
    expect(screen.queryByTestId("checkin-after-stop")).toBeNull();
  });

  it("asks for a fresh screening when a new symptom is reported, and shows the emergency advice", async () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    fireEvent.click(screen.getByTestId("stiffness-3"));
    fireEvent.click(screen.getByTestId("pain-1"));
    fireEvent.click(screen.getByTestId("checkin-symptom-chest-pain"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    const saved = await screen.findByTestId("checkin-rescreen");
    await vi.waitFor(() => expect(screen.getByTestId("safety-notice").dataset.level).toBe("emergency"));
    expect(saved.textContent).toMatch(/Call emergency services now/);
    // No "screen again" above the red emergency notice.
    expect(saved.textContent).not.toMatch(/safety screening again/);
  });
});
