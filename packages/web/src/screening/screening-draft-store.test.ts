import { describe, expect, it } from "vitest";
import { clearDraft, draftAnswers, parseDraft } from "./screening-draft-store";

describe("the screening draft kept for this tab", () => {
  it("keeps the answers in the tab's session storage, and forgets them once cleared", () => {
    draftAnswers.value = { "recent-injury": true, "disc-diagnosis": false };
    expect(parseDraft(sessionStorage.getItem("limber-screening-draft"))).toEqual({
      "recent-injury": true,
      "disc-diagnosis": false,
    });
    clearDraft();
    expect(sessionStorage.getItem("limber-screening-draft")).toBeNull();
  });

  it("brings back only known questions with yes or no answers", () => {
    expect(parseDraft('{"fever":true,"made-up":true,"osteoporosis":"yes"}')).toEqual({ fever: true });
    expect(parseDraft("not json")).toEqual({});
    expect(parseDraft("null")).toEqual({});
    expect(parseDraft(null)).toEqual({});
  });
});
