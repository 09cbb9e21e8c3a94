/**
 * Each question has its own address (`#/screening?q=3`), so the browser's back button walks back through
 * the questions. A step forward records where it came from, so the screen's own "Previous question" can go
 * back through history too, instead of piling up entries.
 */
import { location, parseHash } from "../app/router";

type QuestionState = { readonly screeningFrom: number };

/** The address of the 1-based question `q`. */
export const questionPath = (q: number) => `/screening?q=${q}`;

export function goToQuestion(
  q: number,
  options: { readonly from?: number; readonly replace?: boolean } = {},
) {
  const target = `#${questionPath(q)}`;
  const state: QuestionState | null = options.from === undefined ? null : { screeningFrom: options.from };
  if (options.replace) globalThis.history.replaceState(state, "", target);
  else globalThis.history.pushState(state, "", target);
  location.value = parseHash(target);
}

/** Back to question `q - 1`: through history when this entry was reached from it, else by replacing this one. */
export function goToPreviousQuestion(q: number) {
  const state = globalThis.history.state as QuestionState | null;
  if (state?.screeningFrom === q - 1) globalThis.history.back();
  else goToQuestion(q - 1, { replace: true });
}
