import { decide } from "@limber/core/screening/triage";
import { cleanup, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes, stopForPain, urge } from "../../../test-support/safety-fixtures";
import { loadSafetyCore } from "../../safety/safety-core";
import { stoppedDecision } from "../../screening/stopped-decision";
import { recordEvent, recordScreening, recordStoppedScreening, store } from "../../storage/store";
import { storeReady } from "../store-ready";
import HomeRoute from "./HomeRoute";

const screened = async (yes: Parameters<typeof answersWithYes>[0] = []) => {
  const answers = answersWithYes(yes);
  await recordScreening(answers, decide(answers));
};
const offersTechnique = () =>
  [...document.querySelectorAll("a")].some((a) =>
    /^#\/(techniques|session)/.test(a.getAttribute("href") ?? ""),
  );
const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

beforeAll(async () => {
  await loadSafetyCore();
  await import("@limber/core/journal/events");
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("the home screen", () => {
  it("offers one action on a first visit: start the safety check, and no technique", () => {
    render(<HomeRoute />);
    const start = screen.getByTestId("home-start-screening");
    expect(start.getAttribute("href")).toBe("#/screening");
    expect(start.textContent).toBe("Start the safety check");
    expect(offersTechnique()).toBe(false);
  });

  it("offers a session while ready", async () => {
    await screened();
    render(<HomeRoute />);
    const start = screen.getByTestId("home-continue");
    expect(start.getAttribute("href")).toBe("#/techniques");
    expect(start.textContent).toBe("Start a session");
    expect(screen.queryByTestId("home-start-screening")).toBeNull();
  });

  it("[C-emergency-everywhere] shows an emergency screening as the emergency with a tel: link, and no technique", async () => {
    await screened(["chest-pain"]);
    render(<HomeRoute />);
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:\d+$/);
    expect(offersTechnique()).toBe(false);
    expect(document.body.textContent).not.toMatch(/Please see a professional|Screen again/);
  });

  it("[C-emergency-everywhere] shows a screening stopped at an emergency answer as the emergency", async () => {
    const asked = { "recent-injury": false, "both-legs-symptoms": true } as const;
    await recordStoppedScreening(asked, "both-legs-symptoms", stoppedDecision(asked, "both-legs-symptoms"));
    render(<HomeRoute />);
    expect(screen.getByRole("alert").querySelector("[data-reason='both-legs-symptoms']")).toBeTruthy();
    expect(offersTechnique()).toBe(false);
  });

  it("[C-emergency-everywhere] shows an emergency symptom from a check-in after the screening as the emergency", async () => {
    await screened();
    await recordEvent({
      type: "check-in",
      id: crypto.randomUUID(),
      at: soon(1000),
      stiffness: 3,
      pain: 2,
      symptoms: ["bladder-bowel-change"],
    });
    render(<HomeRoute />);
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
    expect(offersTechnique()).toBe(false);
  });

  it("[C-see-professional-blocks] names the reasons after a see-professional screening and offers no session", async () => {
    await screened(["disc-diagnosis"]);
    render(<HomeRoute />);
    const notice = screen.getByTestId("safety-notice");
    expect(notice.getAttribute("data-level")).toBe("see-professional");
    expect(notice.querySelector("[data-reason='disc-diagnosis']")).toBeTruthy();
    expect(offersTechnique()).toBe(false);
  });

  it("[C-acknowledgement-required] leads on to a session, where the acknowledgement is asked, when only journal flags stand", async () => {
    await screened();
    await recordEvent(urge(soon(-2000)));
    await recordEvent(urge(soon(-1000)));
    render(<HomeRoute />);
    await waitFor(() =>
      expect(
        screen.getByTestId("safety-notice").querySelector("[data-reason='frequent-adjusting']"),
      ).toBeTruthy(),
    );
    expect(screen.getByTestId("home-continue").getAttribute("href")).toBe("#/techniques");
  });

  it("[C-rest-until-next-day] says to rest after a session was stopped for pain, and offers no session", async () => {
    await screened();
    await recordEvent(stopForPain(soon(1000)));
    render(<HomeRoute />);
    const message = screen.getByTestId("home-gate-message");
    expect(message.querySelector("[data-level='rest-until']")).toBeTruthy();
    expect(message.textContent).toMatch(/Rest until/);
    expect(offersTechnique()).toBe(false);
  });

  it("asks for the safety questions again when the screening has expired", async () => {
    await screened();
    const [latest] = store.screenings.value;
    if (!latest) throw new Error("no screening");
    store.screenings.value = [{ ...latest, at: new Date(Date.now() - 25 * 3600_000).toISOString() }];
    render(<HomeRoute />);
    expect(screen.getByTestId("home-gate-message").textContent).toMatch(/more than 24 hours old/);
    expect(screen.getByTestId("safety-rescreen").getAttribute("href")).toBe("#/screening");
    expect(offersTechnique()).toBe(false);
  });

  it("offers the urge button on the first screen", () => {
    render(<HomeRoute />);
    expect(screen.getByTestId("urge-button")).toBeTruthy();
  });
});
