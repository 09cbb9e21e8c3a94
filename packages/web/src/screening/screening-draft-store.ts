/**
 * The answers of the screening in progress, kept outside the screen so that moving between questions
 * (each its own address), the browser's back button and a reload of the tab keep them. Held in this tab's
 * session storage only (gone when the tab closes), never in the record, and cleared once the screening is
 * stored.
 */
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { signal } from "@preact/signals";
import type { DraftAnswers } from "./screening-draft";

const KEY = "limber-screening-draft";

/** Only known questions with yes/no answers come back from storage; anything else is dropped. */
export function parseDraft(raw: string | null): DraftAnswers {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return {};
    const entries = Object.entries(parsed).filter(
      ([key, value]) => (SCREENING_LINK_IDS as readonly string[]).includes(key) && typeof value === "boolean",
    );
    return Object.fromEntries(entries) as DraftAnswers;
  } catch {
    return {};
  }
}

function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export const draftAnswers = signal<DraftAnswers>(parseDraft(tabStorage()?.getItem(KEY) ?? null));

draftAnswers.subscribe((answers) => {
  try {
    if (Object.keys(answers).length === 0) tabStorage()?.removeItem(KEY);
    else tabStorage()?.setItem(KEY, JSON.stringify(answers));
  } catch {
    // Storage refused (private mode, quota): the draft still lives for this page.
  }
});

export function clearDraft(): void {
  draftAnswers.value = {};
}
