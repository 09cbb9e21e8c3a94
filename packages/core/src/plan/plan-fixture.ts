/** A plan for tests: two slots a week in London, across the October 2026 clock change. */
import type { Plan } from "./plan";

export const PLAN: Plan = {
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
  timeZone: "Europe/London",
  revision: 2,
  updatedAt: "2026-10-10T10:00:00Z",
  slots: [
    { day: "monday", time: "07:30", technique: "either" },
    { day: "thursday", time: "18:00", technique: "supine-spinal-twist" },
  ],
};
