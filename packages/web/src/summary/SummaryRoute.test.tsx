import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordEvent, recordScreening, store } from "../storage/store";
import SummaryRoute from "./SummaryRoute";

const answers = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, id === "osteoporosis"])) as Parameters<
  typeof decide
>[0];
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

beforeEach(async () => {
  await store.eraseDevice();
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
