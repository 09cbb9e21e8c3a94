import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { AssessmentBanner } from "./AssessmentBanner";
import { assessEvents } from "./assessment";

afterEach(cleanup);

const NOW = Date.parse("2026-11-24T20:00:00Z");
const urge = (n: number) => ({
  type: "adjust-urge" as const,
  id: `6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5${n}`,
  at: `2026-11-24T1${n}:00:00Z`,
});

function assessed(events: Parameters<typeof assessEvents>[0]) {
  const result = assessEvents(events, NOW, "Europe/London");
  if (!result.ok) throw new Error(result.message);
  return result.assessment;
}

describe("the assessment banner", () => {
  it("says quietly that there are no warning signs when self-care is fine", () => {
    render(<AssessmentBanner assessment={assessed([])} />);
    expect(screen.getByTestId("assessment-self-care").textContent).toMatch(/no warning signs/);
  });

  it("names a physical therapist or physician and gives the reason for frequent urges (P20)", () => {
    render(<AssessmentBanner assessment={assessed([urge(1), urge(2)])} />);
    const banner = screen.getByTestId("assessment-see-professional");
    expect(banner.textContent).toMatch(/physical therapist or physician/);
    expect(banner.querySelector("[data-flag='frequent-adjusting']")).not.toBeNull();
  });

  it("shows an emergency as an alert telling the person to call emergency services", () => {
    const checkIn = {
      type: "check-in" as const,
      id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
      at: "2026-11-24T19:00:00Z",
      stiffness: 2,
      pain: 3,
      symptoms: ["saddle-numbness" as const],
    };
    render(<AssessmentBanner assessment={assessed([checkIn])} />);
    expect(screen.getByRole("alert").textContent).toMatch(/Call emergency services now/);
  });

  it("leaves out events after now rather than refusing the whole journal", () => {
    const result = assessEvents([{ ...urge(1), at: "2026-11-25T10:00:00Z" }], NOW, "Europe/London");
    expect(result).toMatchObject({ ok: true, assessment: { recommendation: "self-care" } });
  });
});
