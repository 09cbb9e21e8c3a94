/**
 * Valid journal events, screening answers and people for tests: each call gives fresh ids so tests never
 * share records.
 */
import { randomUUID } from "node:crypto";
import { SCREENING_LINK_IDS } from "@limber/core";

export const checkIn = (overrides: Readonly<Record<string, unknown>> = {}) => ({
  type: "check-in",
  id: randomUUID(),
  at: "2026-11-20T08:30:00Z",
  stiffness: 4,
  pain: 2,
  symptoms: [] as string[],
  ...overrides,
});

export const sessionEvent = (overrides: Readonly<Record<string, unknown>> = {}) => ({
  type: "session",
  id: randomUUID(),
  at: "2026-11-20T09:00:00Z",
  technique: "thoracic-foam-roll",
  outcome: "completed",
  ...overrides,
});

export const adjustUrge = (overrides: Readonly<Record<string, unknown>> = {}) => ({
  type: "adjust-urge",
  id: randomUUID(),
  at: "2026-11-20T10:00:00Z",
  ...overrides,
});

/** Every screening question answered no: self-care is appropriate. */
export const allNo = (): Record<string, boolean> =>
  Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false]));

export function uniqueEmail(label = "person"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export const PASSWORD = "correct horse battery staple";
