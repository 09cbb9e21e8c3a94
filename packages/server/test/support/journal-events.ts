/** Valid journal events and people for tests: each call gives fresh ids so tests never share records. */
import { randomUUID } from "node:crypto";

export function checkIn(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    type: "check-in",
    id: randomUUID(),
    at: "2026-11-20T08:30:00Z",
    stiffness: 4,
    pain: 2,
    symptoms: [],
    ...overrides,
  };
}

export function sessionEvent(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    type: "session",
    id: randomUUID(),
    at: "2026-11-20T09:00:00Z",
    technique: "thoracic-foam-roll",
    outcome: "completed",
    ...overrides,
  };
}

export function adjustUrge(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { type: "adjust-urge", id: randomUUID(), at: "2026-11-20T10:00:00Z", ...overrides };
}

export function uniqueEmail(label = "person"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export const PASSWORD = "correct horse battery staple";
