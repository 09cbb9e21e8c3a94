import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { stoppedDecision } from "../screening/stopped-decision";
import { recordEvent, recordScreening, recordStoppedScreening, store } from "../storage/store";
import SummaryRoute from "./SummaryRoute";

const answers = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, id === "osteoporosis"])) as Parameters<
  typeof decide
>[0];
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

beforeAll(async () => {
  await loadSafetyCore();
  await import("@limber/core/journal/events");
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
  await recordScreening(answers, decide(answers));
  await recordEvent({
    type: "session",
    id: crypto.randomUUID(),
    at: minutesAgo(30),
    technique: "thoracic-foam-roll",
    outcome: "stopped-for-pain",
  });
  await recordEvent({
    type: "check-in",
    id: crypto.randomUUID(),
    at: minutesAgo(20),
    stiffness: 7,
    pain: 4,
    symptoms: [],
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the visit summary", () => {
  it("lists the screening's reasons for the clinician, with the answers marked yes", () => {
    render(<SummaryRoute />);
    expect(screen.getByTestId("summary-flags").textContent).toMatch(/osteoporosis/);
    expect(screen.getByTestId("summary-outcome").textContent).toBe("see a physical therapist or physician");
    expect(document.querySelectorAll("[data-answer='yes']")).toHaveLength(1);
  });

  it("[C-messages-agree] lists every reason: the screening's, a check-in's and each stop for pain, never 'none'", async () => {
    await recordEvent({
      type: "check-in",
      id: crypto.randomUUID(),
      at: minutesAgo(10),
      stiffness: 3,
      pain: 5,
      symptoms: ["night-or-rest-pain"],
    });
    render(<SummaryRoute />);
    const flags = screen.getByTestId("summary-flags");
    const listed = [...flags.querySelectorAll("[data-reason]")].map(
      (li) => `${li.getAttribute("data-from")}:${li.getAttribute("data-reason")}`,
    );
    expect(listed).toEqual([
      "safety check:osteoporosis",
      "check-in:night-or-rest-pain",
      "session:stopped-for-pain",
    ]);
    expect(flags.querySelector("[data-reason='stopped-for-pain']")?.textContent).toMatch(/sharp pain/);
    expect(screen.queryByTestId("summary-no-flags")).toBeNull();
    expect(document.body.textContent).not.toMatch(/None reported/);
  });

  it("[C-messages-agree] lists a stop for pain as a reason even after an all-clear screening", async () => {
    const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as typeof answers;
    await recordScreening(allNo, decide(allNo));
    render(<SummaryRoute />);
    expect(
      screen.getByTestId("summary-flags").querySelector("[data-reason='stopped-for-pain']"),
    ).toBeTruthy();
  });

  it("[C-emergency-everywhere] shows an emergency first, as the red notice with a tel: link, and lists it as urgent", async () => {
    const asked = { "recent-injury": false, "chest-pain": true } as const;
    await recordStoppedScreening(asked, "chest-pain", stoppedDecision(asked, "chest-pain"));
    render(<SummaryRoute />);
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:/);
    const first = screen.getByTestId("summary-flags").querySelector("li");
    expect(first?.getAttribute("data-reason")).toBe("chest-pain");
    expect(first?.textContent).toMatch(/^Emergency: /);
  });

  it("marks the questions a stopped screening never asked as not asked, never as no", async () => {
    const asked = { "recent-injury": false, "disc-diagnosis": true, "chest-pain": true } as const;
    await recordStoppedScreening(asked, "chest-pain", stoppedDecision(asked, "chest-pain"));
    render(<SummaryRoute />);
    expect(document.querySelectorAll("[data-answer='yes']")).toHaveLength(2);
    expect(document.querySelectorAll("[data-answer='no']")).toHaveLength(1);
    expect(document.querySelectorAll("[data-answer='not-asked']")).toHaveLength(
      SCREENING_LINK_IDS.length - 3,
    );
  });

  it("lists earlier screenings below the latest, with what was answered yes", async () => {
    const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as typeof answers;
    await recordScreening(allNo, decide(allNo));
    render(<SummaryRoute />);
    expect(screen.getByTestId("summary-outcome").textContent).toBe("self-care appropriate");
    expect(screen.getByTestId("summary-earlier-screenings").textContent).toMatch(/osteoporosis/);
  });

  it("shows the trend as a chart and a table, and counts the stop for pain", () => {
    render(<SummaryRoute />);
    expect(screen.getByTestId("trend-chart")).toBeTruthy();
    expect(screen.getByTestId("trend-table").textContent).toMatch(/stopped for pain/);
    const foamRow = screen.getByTestId("summary-sessions").querySelector("tbody tr");
    expect(foamRow?.textContent).toBe("Thoracic foam-roller release010");
  });

  it("downloads the FHIR bundle as a file", async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:limber";
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    render(<SummaryRoute />);
    fireEvent.click(screen.getByTestId("download-fhir"));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const bundle = JSON.parse(await (created[0] as Blob).text());
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType)).toEqual([
      "Patient",
      "QuestionnaireResponse",
      "Observation",
    ]);
  });
});
