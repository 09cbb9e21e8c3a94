import { decide } from "@limber/core/screening/triage";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes } from "../../test-support/safety-fixtures";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { recordScreening, store } from "../storage/store";
import { GateRefused } from "./GateRefused";
import TechniquesRoute from "./TechniquesRoute";

const screened = async (yes: Parameters<typeof answersWithYes>[0] = []) => {
  const answers = answersWithYes(yes);
  await recordScreening(answers, decide(answers));
};
const techniqueLinks = () => document.querySelectorAll('a[href^="#/session/"]').length;

beforeAll(() => loadSafetyCore());
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("choosing a technique", () => {
  it("offers both techniques while ready", async () => {
    await screened();
    render(<TechniquesRoute />);
    expect(techniqueLinks()).toBe(2);
  });

  it("says why each technique helps, in the article's words, with its paragraph", async () => {
    await screened();
    render(<TechniquesRoute />);
    const roll = screen.getByTestId("technique-explanation-thoracic-foam-roll");
    expect(roll.textContent).toMatch(/self-myofascial release/);
    expect(roll.textContent).toMatch(/blood flow and flexibility/);
    expect(roll.querySelector("a.cite")?.getAttribute("data-cite")).toBe("P5");
    const twist = screen.getByTestId("technique-explanation-supine-spinal-twist");
    expect(twist.textContent).toMatch(/small stabilising muscles around the vertebrae/);
    expect(twist.querySelector("a.cite")?.getAttribute("data-cite")).toBe("P7");
  });

  it("[C-emergency-everywhere] shows the emergency with a tel: link in place of the techniques", async () => {
    await screened(["saddle-numbness"]);
    render(<TechniquesRoute />);
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:/);
    expect(techniqueLinks()).toBe(0);
  });

  it("[C-see-professional-blocks] shows who to see and every reason instead of a technique", async () => {
    await screened(["nerve-symptoms", "fever"]);
    render(<TechniquesRoute />);
    const notice = screen.getByTestId("safety-notice");
    expect([...notice.querySelectorAll("[data-reason]")].map((li) => li.getAttribute("data-reason"))).toEqual(
      ["nerve-symptoms", "fever"],
    );
    expect(techniqueLinks()).toBe(0);
  });

  it("asks for the safety questions before a first session", () => {
    render(<TechniquesRoute />);
    expect(screen.getByTestId("safety-rescreen").getAttribute("href")).toBe("#/screening");
    expect(techniqueLinks()).toBe(0);
  });
});

describe("a typed session address the gate refuses", () => {
  it("[C-emergency-everywhere] shows the emergency in red with a tel: link and no technique", async () => {
    await screened(["bladder-bowel-change"]);
    render(<GateRefused />);
    expect(screen.getByTestId("session-gate-refused").getAttribute("data-level")).toBe("emergency");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Call emergency services now");
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:/);
    expect(techniqueLinks()).toBe(0);
    expect(document.body.textContent).not.toMatch(/Please see a professional/);
  });
});
