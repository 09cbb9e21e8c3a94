/**
 * The store's record orders: by time only, and stable. Two records in one millisecond keep the order they
 * were given (the record just made first), whatever their ids, so "the latest screening" never flips.
 */
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { describe, expect, it } from "vitest";
import type { ScreeningRecord } from "./screening-record";
import { newestFirst, oldestFirst } from "./store-context";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Parameters<typeof decide>[0];
const screening = (id: string, at: string): ScreeningRecord => ({
  id,
  at,
  answers: allNo,
  decision: decide(allNo),
});
const ids = (records: readonly { readonly id: string }[]) => records.map((record) => record.id);

const SAME_MS = "2026-11-24T08:00:00.123Z";
// Ids in both orders: a tie broken by id would reorder one of the two lists.
const TIES = [
  ["a lower id given first", ["aaaa", "ffff"]],
  ["a higher id given first", ["ffff", "aaaa"]],
] as const;

describe("newestFirst (screenings)", () => {
  it("puts the newest first", () => {
    const older = screening("aaaa", "2026-11-24T08:00:00Z");
    const newer = screening("ffff", "2026-11-24T09:00:00Z");
    expect(ids(newestFirst([older, newer]))).toEqual(["ffff", "aaaa"]);
  });

  it.each(TIES)("keeps two screenings of one millisecond in the order given (%s)", (_, given) => {
    const records = given.map((id) => screening(id, SAME_MS));
    expect(ids(newestFirst(records))).toEqual([...given]);
  });

  it("keeps the record just made first when it ties with the latest stored one", () => {
    const stored = [screening("0000", SAME_MS), screening("1111", "2026-11-23T08:00:00Z")];
    const made = screening("ffff", SAME_MS);
    expect(ids(newestFirst([made, ...stored]))).toEqual(["ffff", "0000", "1111"]);
  });
});

describe("oldestFirst", () => {
  it("puts the oldest first", () => {
    expect(ids(oldestFirst([screening("aaaa", "2026-11-25T08:00:00Z"), screening("ffff", SAME_MS)]))).toEqual(
      ["ffff", "aaaa"],
    );
  });

  it.each(TIES)("keeps two records of one millisecond in the order given (%s)", (_, given) => {
    const records = given.map((id) => ({ id, at: SAME_MS }));
    expect(ids(oldestFirst(records))).toEqual([...given]);
  });
});
