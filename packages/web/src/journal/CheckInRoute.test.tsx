import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

describe("the check-in after a session", () => {
  it("acknowledges a stop for pain and says to screen again before the next session (P13)", () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    expect(screen.getByText(/You stopped the Supine spinal twist because of pain/)).toBeTruthy();
  });

  it("saves the check-in to the journal and shows the assessment", async () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    fireEvent.click(screen.getByTestId("stiffness-3"));
    fireEvent.click(screen.getByTestId("pain-1"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    await screen.findByRole("heading", { name: "Check-in saved" });
    expect(events.value.filter((e) => e.type === "check-in")).toHaveLength(1);
    expect(screen.getByTestId("assessment-self-care")).toBeTruthy();
    expect(screen.queryByTestId("checkin-rescreen")).toBeNull();
  });

  it("asks for a fresh screening when a new symptom is reported, and shows the emergency advice", async () => {
    render(<CheckInRoute {...after(SESSION_ID)} />);
    fireEvent.click(screen.getByTestId("stiffness-3"));
    fireEvent.click(screen.getByTestId("pain-1"));
    fireEvent.click(screen.getByTestId("checkin-symptom-chest-pain"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    expect((await screen.findByTestId("checkin-rescreen")).textContent).toMatch(/safety screening again/);
    expect(screen.getByTestId("assessment-emergency").textContent).toMatch(/Call emergency services now/);
  });
});
