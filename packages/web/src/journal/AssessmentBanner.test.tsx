import { decide } from "@limber/core/screening/triage";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes, stopForPain } from "../../test-support/safety-fixtures";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { events, recordEvent, recordScreening, store } from "../storage/store";
import { AssessmentBanner } from "./AssessmentBanner";
import { assessEvents } from "./assessment";

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function Banner() {
  const result = assessEvents(events.value, Date.now());
  if (!result.ok) throw new Error(result.message);
  return <AssessmentBanner assessment={result.assessment} />;
}

const screened = async (yes: Parameters<typeof answersWithYes>[0] = []) => {
  const answers = answersWithYes(yes);
  await recordScreening(answers, decide(answers));
};
const GREEN = /no warning signs/;

beforeAll(async () => {
  await loadSafetyCore();
  await import("@limber/core/journal/events");
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("the journal's banner", () => {
  it("says quietly that there are no warning signs when the safety state is ready", async () => {
    await screened();
    render(<Banner />);
    expect(screen.getByTestId("assessment-self-care").textContent).toMatch(GREEN);
  });

  it("[C-messages-agree] never says 'no warning signs' after a stop for pain", async () => {
    await screened();
    await recordEvent(stopForPain(new Date(Date.now() + 1000).toISOString()));
    render(<Banner />);
    expect(document.body.textContent).not.toMatch(GREEN);
    expect(screen.getByTestId("assessment-rest-until")).toBeTruthy();
  });

  it("[C-messages-agree] never says 'no warning signs' while a see-professional screening stands", async () => {
    await screened(["osteoporosis"]);
    render(<Banner />);
    expect(document.body.textContent).not.toMatch(GREEN);
    expect(
      screen.getByTestId("assessment-see-professional").querySelector("[data-reason='osteoporosis']"),
    ).toBeTruthy();
  });

  it("names a physical therapist and a physician and the reason for frequent urges (P20)", async () => {
    await screened();
    await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: ago(60_000) });
    await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: ago(30_000) });
    render(<Banner />);
    const banner = screen.getByTestId("assessment-see-professional");
    expect(banner.textContent).toMatch(/a physical therapist or a physician/);
    expect(banner.querySelector("[data-reason='frequent-adjusting']")).not.toBeNull();
  });

  it("[C-messages-agree] shows a check-in's chest pain as the red emergency alone, with no amber 'screen again' above it", async () => {
    await screened();
    await recordEvent({
      type: "check-in",
      id: crypto.randomUUID(),
      at: new Date(Date.now() + 1000).toISOString(),
      stiffness: 2,
      pain: 3,
      symptoms: ["chest-pain"],
    });
    render(<Banner />);
    const notices = document.querySelectorAll("[data-testid='safety-notice']");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.getAttribute("data-level")).toBe("emergency");
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
    expect(document.body.textContent).not.toMatch(/Screen again|Answer the safety questions/);
  });
});
