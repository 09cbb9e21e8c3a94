/** The clinician sees every safety fact the person recorded: which reason, when, and the exact words. */
import { ACKNOWLEDGE_WORDS, RETRACTION_WORDS } from "@limber/core/safety/safety-fact-words";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { SharedSafetyFacts } from "./SharedSafetyFacts";

afterEach(cleanup);

const acknowledgement = {
  id: "00000000-0000-4000-8000-000000000001",
  code: "repeated-sharp-pain" as const,
  at: "2026-11-24T09:15:00.000Z",
  words: ACKNOWLEDGE_WORDS,
};
const retraction = {
  id: "00000000-0000-4000-8000-000000000002",
  screeningId: "00000000-0000-4000-8000-000000000003",
  at: "2026-11-24T10:00:00.000Z",
  linkIds: ["fever" as const],
  words: RETRACTION_WORDS,
};

describe("safety facts in the clinician's view", () => {
  it("lists each acknowledgement with its reason and the words confirmed, and each retraction with its items", () => {
    render(<SharedSafetyFacts acknowledgements={[acknowledgement]} retractions={[retraction]} />);
    const ack = screen.getByTestId("shared-acknowledgement").textContent ?? "";
    expect(ack).toContain("acknowledged");
    expect(ack).toContain(ACKNOWLEDGE_WORDS);
    expect(ack).toMatch(/stopped for pain|sharp/i);
    const ret = screen.getByTestId("shared-retraction").textContent ?? "";
    expect(ret).toContain("said an earlier “yes” was a mistake");
    expect(ret).not.toContain("said an earlier “no” was a mistake");
    expect(ret).toContain(RETRACTION_WORDS);
    expect(ret.toLowerCase()).toContain("temperature");
  });

  it("says plainly when there are none", () => {
    render(<SharedSafetyFacts acknowledgements={[]} retractions={[]} />);
    expect(screen.getByTestId("shared-safety-facts").textContent).toContain(
      "has not acknowledged a journal reason or corrected a safety-check answer",
    );
  });
});
