/**
 * The answers of the screening in progress, kept outside the screen so that moving between questions
 * (each its own address) and the browser's back button keep them. Only ever on this page, never stored.
 */
import { signal } from "@preact/signals";
import type { DraftAnswers } from "./screening-draft";

export const draftAnswers = signal<DraftAnswers>({});

export function clearDraft(): void {
  draftAnswers.value = {};
}
