import { describe, expect, it } from "vitest";
import { tallySessions } from "./session-tally";

const ZONE = "Europe/London";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("the session tally", () => {
  it("counts sessions per technique and outcome and lists every stop for pain", () => {
    const tally = tallySessions(
      [
        {
          type: "session",
          id: id(1),
          at: "2026-11-20T08:00:00Z",
          technique: "thoracic-foam-roll",
          outcome: "completed",
        },
        {
          type: "session",
          id: id(2),
          at: "2026-11-21T08:00:00Z",
          technique: "thoracic-foam-roll",
          outcome: "stopped-for-pain",
        },
        {
          type: "session",
          id: id(3),
          at: "2026-11-22T08:00:00Z",
          technique: "supine-spinal-twist",
          outcome: "abandoned",
        },
      ],
      ZONE,
    );
    expect(tally.byTechnique).toEqual({
      "thoracic-foam-roll": { completed: 1, stopped: 1, abandoned: 0 },
      "supine-spinal-twist": { completed: 0, stopped: 0, abandoned: 1 },
    });
    expect(tally.stops.map((s) => s.id)).toEqual([id(2)]);
  });

  it("finds the most urges on a single day", () => {
    const tally = tallySessions(
      [
        { type: "adjust-urge", id: id(1), at: "2026-11-20T10:00:00Z" },
        { type: "adjust-urge", id: id(2), at: "2026-11-21T09:00:00Z" },
        { type: "adjust-urge", id: id(3), at: "2026-11-21T15:00:00Z" },
      ],
      ZONE,
    );
    expect(tally).toMatchObject({ urges: 3, mostUrgesInADay: 2 });
  });

  it("reports zero for an empty journal", () => {
    expect(tallySessions([], ZONE)).toMatchObject({ urges: 0, mostUrgesInADay: 0, stops: [] });
  });
});
