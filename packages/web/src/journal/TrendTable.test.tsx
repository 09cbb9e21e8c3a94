import type { JournalEvent } from "@limber/core/journal/events";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { TrendTable } from "./TrendTable";

afterEach(cleanup);

const NOTE = "Stiff between shoulder blades after long drive";
const checkIn: JournalEvent = {
  type: "check-in",
  id: "c1",
  at: "2026-12-03T08:00:00Z",
  stiffness: 6,
  pain: 3,
  symptoms: ["fever", "chest-pain"],
  note: NOTE,
};
const session: JournalEvent = {
  type: "session",
  id: "s1",
  at: "2026-12-03T09:00:00Z",
  technique: "supine-spinal-twist",
  outcome: "stopped-for-pain",
};

describe("the journal's table of check-ins and sessions (journal, visit summary and clinician's view)", () => {
  it("shows what the person wrote in a check-in, word for word", () => {
    render(<TrendTable events={[checkIn]} caption="Check-ins" />);
    const row = screen.getByTestId("trend-table").querySelector("tbody tr");
    expect(row?.querySelector("[data-testid='entry-note']")?.textContent).toContain(NOTE);
  });

  it("names each symptom reported in a check-in in words, not as a count", () => {
    render(<TrendTable events={[checkIn]} caption="Check-ins" />);
    const symptoms = screen.getByTestId("entry-symptoms").textContent ?? "";
    expect(symptoms).toContain("A high temperature, or feeling hot and shivery");
    expect(symptoms).toContain("Chest pain");
    expect(screen.getByTestId("trend-table").textContent).not.toMatch(/new: \d/);
  });

  it("shows no note or symptom line for a check-in without them", () => {
    const plain: JournalEvent = { ...checkIn, symptoms: [], note: undefined } as JournalEvent;
    render(<TrendTable events={[plain]} caption="Check-ins" />);
    expect(screen.queryByTestId("entry-note")).toBeNull();
    expect(screen.queryByTestId("entry-symptoms")).toBeNull();
  });

  it("labels every cell with its column, so a phone can stack each row as a small card", () => {
    render(<TrendTable events={[checkIn, session]} caption="Check-ins" />);
    const cells = [...screen.getByTestId("trend-table").querySelectorAll("tbody td")];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.getAttribute("data-label")).toMatch(/^(Entry|Stiffness|Pain)/);
    expect(screen.getByText(/Supine spinal twist: stopped for pain/i)).toBeTruthy();
  });
});
