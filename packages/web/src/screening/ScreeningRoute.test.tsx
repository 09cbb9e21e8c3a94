import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { location } from "../app/router";
import { screenings, store } from "../storage/store";
import OutcomeRoute from "./OutcomeRoute";
import ScreeningRoute from "./ScreeningRoute";

// Lazy screens and the store's first validation load modules from disk; a busy machine can take seconds.
const PATIENCE = { timeout: 5000 };

const question = () => screen.getByTestId("screening-question").textContent;

/** Answers every question through the UI: "yes" for the listed items, "no" for the rest. */
async function answerAll(yes: readonly ScreeningLinkId[] = []) {
  for (const item of SCREENING_ITEMS) {
    expect(question()).toBe(item.question);
    fireEvent.click(screen.getByTestId(yes.includes(item.linkId) ? "screening-yes" : "screening-no"));
    fireEvent.click(screen.getByTestId("screening-next"));
  }
  await waitFor(() => expect(location.value.path).toBe("/screening/result"), PATIENCE);
}

beforeEach(async () => {
  await store.eraseDevice();
  location.value = { path: "/screening", query: new URLSearchParams() };
});
afterEach(cleanup);

describe("the screening flow", () => {
  it("asks one question at a time with its help text, starting with the first item", () => {
    render(<ScreeningRoute />);
    const first = SCREENING_ITEMS[0];
    expect(question()).toBe(first.question);
    expect(screen.getByText(first.help)).toBeTruthy();
    expect(screen.getByTestId("screening-progress").textContent).toBe(
      `Question 1 of ${SCREENING_ITEMS.length}`,
    );
  });

  it("does not move past a question that has no answer, and says why", () => {
    render(<ScreeningRoute />);
    fireEvent.click(screen.getByTestId("screening-next"));
    expect(question()).toBe(SCREENING_ITEMS[0].question);
    expect(screen.getByTestId("screening-error").textContent).toMatch(/answer yes or no/i);
  });

  it("does not carry an answer over to the next question", () => {
    render(<ScreeningRoute />);
    fireEvent.click(screen.getByTestId("screening-no"));
    fireEvent.click(screen.getByTestId("screening-next"));
    expect(question()).toBe(SCREENING_ITEMS[1].question);
    fireEvent.click(screen.getByTestId("screening-next"));
    expect(question()).toBe(SCREENING_ITEMS[1].question);
    expect(screen.getByTestId("screening-error")).toBeTruthy();
  });

  it("keeps earlier answers when going back", () => {
    render(<ScreeningRoute />);
    fireEvent.click(screen.getByTestId("screening-yes"));
    fireEvent.click(screen.getByTestId("screening-next"));
    fireEvent.click(screen.getByTestId("screening-back"));
    expect(question()).toBe(SCREENING_ITEMS[0].question);
    expect((screen.getByTestId("screening-yes") as HTMLInputElement).checked).toBe(true);
  });

  it("records a self-care decision when every answer is no, and offers the techniques", async () => {
    render(<ScreeningRoute />);
    await answerAll();
    expect(screenings.value[0]?.decision).toEqual({ outcome: "self-care", reasons: [] });
    cleanup();
    render(<OutcomeRoute />);
    expect(screen.getByTestId("outcome-self-care")).toBeTruthy();
    expect(screen.getByTestId("choose-technique").getAttribute("href")).toBe("#/techniques");
  });

  it("sends saddle numbness to emergency care and offers no technique at all", async () => {
    render(<ScreeningRoute />);
    await answerAll(["saddle-numbness", "recent-injury"]);
    cleanup();
    const { container } = render(<OutcomeRoute />);
    const outcome = screen.getByTestId("outcome-emergency");
    expect(screen.getByRole("alert").textContent).toMatch(/call emergency services now/i);
    expect(outcome.querySelector('[data-reason="saddle-numbness"]')).toBeTruthy();
    expect(outcome.querySelector('[data-reason="recent-injury"]')).toBeTruthy();
    expect(container.querySelector('a[href^="#/techniques"], a[href^="#/session"]')).toBeNull();
    expect(screen.queryByTestId("choose-technique")).toBeNull();
  });

  it("sends a recent injury to a physical therapist or physician with the reasons and the visit summary", async () => {
    render(<ScreeningRoute />);
    await answerAll(["recent-injury"]);
    cleanup();
    const { container } = render(<OutcomeRoute />);
    const outcome = screen.getByTestId("outcome-see-professional");
    expect(outcome.textContent).toMatch(/physical therapist or physician/);
    expect(outcome.querySelector('[data-reason="recent-injury"]')?.textContent).toContain("P16");
    expect(screen.getByTestId("open-visit-summary").getAttribute("href")).toBe("#/summary");
    expect(container.querySelector('a[href^="#/techniques"], a[href^="#/session"]')).toBeNull();
  });
});
