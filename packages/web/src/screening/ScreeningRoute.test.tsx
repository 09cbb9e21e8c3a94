import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes } from "../../test-support/safety-fixtures";
import { location, navigate, startRouter } from "../app/router";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { recordScreening, screenings, store } from "../storage/store";
import OutcomeRoute from "./OutcomeRoute";
import ScreeningRoute from "./ScreeningRoute";
import { clearDraft } from "./screening-draft-store";

// Lazy screens and the store's first validation load modules from disk; a busy machine can take seconds.
const PATIENCE = { timeout: 5000 };

/** The screening and its result, switched by the address as the app's router does. */
function Routed() {
  const { path, query } = location.value;
  if (path === "/screening") return <ScreeningRoute query={query} />;
  if (path === "/screening/result") return <OutcomeRoute />;
  return null;
}

const question = () => screen.getByTestId("screening-question").textContent;
const tap = (answer: "yes" | "no") => fireEvent.click(screen.getByTestId(`screening-${answer}`));

/** Answers in order, "yes" for the listed items, until the screening leaves the questions. */
async function answerAll(yes: readonly ScreeningLinkId[] = []) {
  for (const item of SCREENING_ITEMS) {
    await waitFor(() => expect(question()).toBe(item.question));
    tap(yes.includes(item.linkId) ? "yes" : "no");
    if (item.severity === "emergency" && yes.includes(item.linkId)) return;
  }
}

beforeAll(async () => {
  startRouter();
  await loadSafetyCore();
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
  clearDraft();
  navigate("/screening", { replace: true });
});
afterEach(cleanup);

describe("the screening flow", () => {
  it("saves the answers but leaves a person where they went while the save was under way", async () => {
    render(<Routed />);
    await answerAll();
    navigate("/", { replace: true });
    await waitFor(() => expect(screenings.value).toHaveLength(1), PATIENCE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(location.value.path).toBe("/");
  });
  it("asks one question at a time with its help text and shows the progress", async () => {
    render(<Routed />);
    const first = SCREENING_ITEMS[0];
    expect(question()).toBe(first.question);
    expect(screen.getByText(first.help)).toBeTruthy();
    expect(screen.getByTestId("screening-progress").textContent).toBe(
      `Question 1 of ${SCREENING_ITEMS.length}`,
    );
    await waitFor(() => expect(location.value.query.get("q")).toBe("1"));
  });

  it("answers and moves on in one tap, with its own address per question", async () => {
    render(<Routed />);
    tap("no");
    await waitFor(() => expect(question()).toBe(SCREENING_ITEMS[1].question));
    expect(location.value.query.get("q")).toBe("2");
    expect(screen.getByTestId("screening-progress").textContent).toBe(
      `Question 2 of ${SCREENING_ITEMS.length}`,
    );
    expect(screen.getByTestId("screening-no").getAttribute("aria-pressed")).toBe("false");
  });

  it("keeps earlier answers when going back, and shows which one was given", async () => {
    render(<Routed />);
    tap("yes");
    await waitFor(() => expect(question()).toBe(SCREENING_ITEMS[1].question));
    fireEvent.click(screen.getByTestId("screening-back"));
    await waitFor(() => expect(question()).toBe(SCREENING_ITEMS[0].question));
    expect(screen.getByTestId("screening-yes").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTestId("screening-no").getAttribute("aria-pressed")).toBe("false");
  });

  it("does not skip ahead to a question whose earlier questions have no answer", async () => {
    navigate("/screening?q=7", { replace: true });
    render(<Routed />);
    await waitFor(() => expect(location.value.query.get("q")).toBe("1"));
    expect(question()).toBe(SCREENING_ITEMS[0].question);
  });

  it("records a self-care decision when every answer is no, and offers the techniques", async () => {
    render(<Routed />);
    await answerAll();
    await waitFor(() => expect(screen.getByTestId("outcome-self-care")).toBeTruthy(), PATIENCE);
    expect(screenings.value[0]?.decision).toEqual({ outcome: "self-care", reasons: [] });
    expect(screen.getByTestId("choose-technique").getAttribute("href")).toBe("#/techniques");
  });

  it("[C-screening-stops-at-emergency] ends at saddle numbness (question 10), shows the emergency at once and stores only what was asked", async () => {
    render(<Routed />);
    await answerAll(["recent-injury", "saddle-numbness", "fever"]);
    await waitFor(() => expect(screen.getByTestId("outcome-emergency")).toBeTruthy(), PATIENCE);
    const stored = screenings.value[0];
    expect(stored?.stoppedAt).toBe("saddle-numbness");
    expect(stored?.decision.outcome).toBe("emergency");
    expect(Object.keys(stored?.answers ?? {})).toHaveLength(10);
    expect(stored?.answers.fever).toBeUndefined();
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:/);
    expect(document.querySelector('[data-reason="saddle-numbness"]')).toBeTruthy();
    expect(document.querySelector('[data-reason="recent-injury"]')).toBeTruthy();
    expect(document.querySelector('a[href^="#/techniques"], a[href^="#/session"]')).toBeNull();
  });

  it("[C-see-professional-blocks] asks every question after a see-professional yes, then names who to see and offers no technique", async () => {
    render(<Routed />);
    await answerAll(["recent-injury"]);
    await waitFor(() => expect(screen.getByTestId("outcome-see-professional")).toBeTruthy(), PATIENCE);
    expect(Object.keys(screenings.value[0]?.answers ?? {})).toHaveLength(SCREENING_ITEMS.length);
    const outcome = screen.getByTestId("outcome-see-professional");
    expect(outcome.textContent).toMatch(/a physical therapist or a physician/);
    expect(outcome.querySelector('[data-reason="recent-injury"]')?.textContent).toContain("P16");
    expect(document.querySelector('a[href^="#/techniques"], a[href^="#/session"]')).toBeNull();
    expect(screen.queryByTestId("acknowledge")).toBeNull();
  });

  it("[C-retraction-confirmed] asks 'Did you answer by mistake?' when a yes from within the hour is now no, and records both", async () => {
    const earlier = answersWithYes(["osteoporosis"]);
    await recordScreening(earlier, decide(earlier));
    render(<Routed />);
    await answerAll();
    await waitFor(() => expect(screen.getByTestId("retraction-question")).toBeTruthy(), PATIENCE);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Did you answer by mistake?");
    expect(document.querySelector("[data-retracted='osteoporosis']")).toBeTruthy();
    expect(screenings.value).toHaveLength(1);
    fireEvent.click(screen.getByTestId("retraction-confirm-osteoporosis"));
    fireEvent.click(screen.getByTestId("retraction-mistake"));
    await waitFor(() => expect(screenings.value).toHaveLength(2), PATIENCE);
    expect(screenings.value[0]?.retracted).toEqual(["osteoporosis"]);
    expect(screenings.value[1]?.answers.osteoporosis).toBe(true);
  });

  it("[C-retraction-confirmed] goes back to the question instead when the earlier yes was right", async () => {
    const earlier = answersWithYes(["osteoporosis"]);
    await recordScreening(earlier, decide(earlier));
    render(<Routed />);
    await answerAll();
    await waitFor(() => expect(screen.getByTestId("retraction-change")).toBeTruthy(), PATIENCE);
    fireEvent.click(screen.getByTestId("retraction-change"));
    await waitFor(() =>
      expect(question()).toBe(SCREENING_ITEMS.find((i) => i.linkId === "osteoporosis")?.question),
    );
    expect(screenings.value).toHaveLength(1);
  });

  it("[C-retraction-safer-first] names each sign in the person's words, keeps the earlier yes as the primary answer, and asks about each sign on its own", async () => {
    const earlier = answersWithYes(["osteoporosis", "recent-injury"]);
    await recordScreening(earlier, decide(earlier));
    render(<Routed />);
    await answerAll();
    await waitFor(() => expect(screen.getByTestId("retraction-question")).toBeTruthy(), PATIENCE);
    expect(screen.getByTestId("retracted-sign-osteoporosis").textContent).toBe(
      "I have been diagnosed with osteoporosis",
    );
    expect(screen.getByTestId("retracted-sign-recent-injury").textContent).toBe("A new injury to my back");
    const keep = screen.getByTestId("retraction-change");
    const mistake = screen.getByTestId("retraction-mistake") as HTMLButtonElement;
    expect(keep.classList.contains("primary")).toBe(true);
    expect(mistake.classList.contains("primary")).toBe(false);
    expect(keep.compareDocumentPosition(mistake) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // No call button for see-professional signs alone.
    expect(screen.queryByTestId("emergency-call")).toBeNull();
    // Each sign is confirmed on its own: one tick is not enough.
    expect(mistake.disabled).toBe(true);
    fireEvent.click(screen.getByTestId("retraction-confirm-osteoporosis"));
    expect(mistake.disabled).toBe(true);
    fireEvent.click(mistake);
    expect(screenings.value).toHaveLength(1);
    fireEvent.click(screen.getByTestId("retraction-confirm-recent-injury"));
    expect(mistake.disabled).toBe(false);
    fireEvent.click(mistake);
    await waitFor(() => expect(screenings.value).toHaveLength(2), PATIENCE);
    expect(screenings.value[0]?.retracted).toEqual(["recent-injury", "osteoporosis"]);
  });

  it("[C-retraction-safer-first] [C-emergency-stands-for-day] [C-call-wherever-emergency] an emergency yes taken back the same day: the call button on the question, then still an emergency with no session", async () => {
    render(<Routed />);
    await answerAll(["saddle-numbness"]);
    await waitFor(() => expect(screen.getByTestId("outcome-emergency")).toBeTruthy(), PATIENCE);
    navigate("/screening");
    await waitFor(() => expect(location.value.query.get("q")).toBe("1"), PATIENCE);
    await answerAll();
    await waitFor(() => expect(screen.getByTestId("retraction-question")).toBeTruthy(), PATIENCE);
    const question = screen.getByTestId("retraction-question");
    expect(screen.getByTestId("retracted-sign-saddle-numbness").textContent).toBe(
      "Numbness or tingling around the genitals, bottom or inner thighs",
    );
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:\d+$/);
    expect(question.textContent).toMatch(/offers no session until tomorrow, whatever you answer here/);
    expect(question.textContent).not.toMatch(/self-care looks suitable/i);
    fireEvent.click(screen.getByTestId("retraction-confirm-saddle-numbness"));
    fireEvent.click(screen.getByTestId("retraction-mistake"));
    await waitFor(() => expect(screen.getByTestId("outcome-emergency")).toBeTruthy(), PATIENCE);
    expect(screenings.value[0]?.retracted).toEqual(["saddle-numbness"]);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:/);
    expect(screen.getByTestId("emergency-stays").textContent).toMatch(/stays for the rest of today/);
    expect(screen.queryByTestId("outcome-self-care")).toBeNull();
    expect(document.querySelector('a[href^="#/techniques"], a[href^="#/session"]')).toBeNull();
  });
});
