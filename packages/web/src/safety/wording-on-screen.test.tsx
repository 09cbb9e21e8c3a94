/**
 * C-wording-on-screen: each safety sentence pinned where it is shown. Every test renders the screen and
 * asserts the key phrase and the absence of its reversal, so reversing or weakening a sentence on a screen
 * fails here even when the core content it came from is unchanged.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { SafetyState } from "@limber/core/safety/safety-state";
import { decide } from "@limber/core/screening/triage";
import { cleanup, render } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes } from "../../test-support/safety-fixtures";
import { NextAction } from "../app/home/NextAction";
import { storeReady } from "../app/store-ready";
import { AssessmentBanner } from "../journal/AssessmentBanner";
import { SYMPTOM_LABELS } from "../journal/symptom-labels";
import { RetractionQuestion } from "../screening/RetractionQuestion";
import { SelfCareOutcome } from "../screening/SelfCareOutcome";
import { SafetyReminder } from "../session/SafetyReminder";
import { SessionEnded } from "../session/SessionEnded";
import SourcesRoute from "../sources/SourcesRoute";
import { recordScreening, store } from "../storage/store";
import { SafetyNotice } from "./SafetyNotice";
import { loadSafetyCore } from "./safety-core";

const textOf = (node: { container: Element }) => (node.container.textContent ?? "").replace(/\s+/g, " ");
const READY: SafetyState = { level: "ready", reasons: [], sessionAllowed: true };
const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";

beforeAll(() => loadSafetyCore());
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("[C-wording-on-screen] [C-wording-pinned] safety sentences on the screens that show them", () => {
  it("the self-care outcome: slow and controlled, never bounce or use momentum, stop for sharp, shooting or intense pain (P13)", () => {
    const text = textOf(render(<SelfCareOutcome at="2026-11-24T10:00:00Z" />));
    expect(text).toContain('never bounce or use momentum to get a "pop"');
    expect(text).toContain("Stop at once if you feel sharp, shooting or intense pain");
    // Reversed ("bounce gently", "use momentum") or weakened ("try not to bounce"), the sentence fails here.
    expect(text.replace('never bounce or use momentum to get a "pop"', "")).not.toMatch(/bounce|momentum/i);
    expect(text).not.toMatch(/keep going|push through/i);
  });

  it("the stop screen: sharp, shooting or intense pain means stop; no technique again today; P20 only for 48 hours", () => {
    const text = textOf(
      render(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={{ saved: true }} />),
    );
    expect(text).toContain("Sharp, shooting or intense pain means stop");
    expect(text).toContain("Do not try the technique again today.");
    expect(text).toContain("If pain or stiffness lasts more than 48 hours despite gentle stretching");
    expect(text).toContain("If you stop sessions for pain again, Limber will ask you to see one too");
    expect(text).not.toMatch(
      /pain means (keep|carry on|continue)|try (it )?again (later )?today|push through/i,
    );
  });

  it("the stop and early-end screens: the emergency signs mean call now", () => {
    for (const outcome of ["stopped-for-pain", "abandoned"] as const) {
      const text = textOf(render(<SessionEnded outcome={outcome} eventId={ID} receipt={{ saved: true }} />));
      expect(text).toMatch(/or chest pain.*: call emergency services now\./);
      expect(text).not.toMatch(/call emergency services (later|tomorrow|if it persists)/i);
      cleanup();
    }
  });

  it("the check-in labels: P14's nerve signs reach into the buttocks or legs; P19's pain began suddenly, sharp or not", () => {
    expect(SYMPTOM_LABELS["nerve-symptoms"]).toBe(
      "Burning, numbness or tingling spreading into the buttocks or legs",
    );
    expect(SYMPTOM_LABELS["nerve-symptoms"]).not.toMatch(/only|below the knee|in both legs/);
    expect(SYMPTOM_LABELS["sudden-acute-pain"]).toBe("Acute pain that began suddenly");
    expect(SYMPTOM_LABELS["sudden-acute-pain"]).not.toMatch(/sharp|severe/);
    expect(SYMPTOM_LABELS["persistent-48h"]).toMatch(/^Back pain or stiffness lasting more than 48 hours/);
  });

  it("the journal banner, when nothing stands: keep stopping for sharp, shooting or intense pain (P13)", async () => {
    const no = answersWithYes();
    await recordScreening(no, decide(no));
    const text = textOf(render(<AssessmentBanner assessment={{ recommendation: "self-care", flags: [] }} />));
    expect(text).toContain("Keep stopping at once if a movement causes sharp, shooting or intense pain");
    expect(text).not.toMatch(/causes sharp pain[^,]|you can (keep going|continue) through/i);
  });

  it("home, first visit: the questions check whether self-care is right, they do not make sure", () => {
    const state: SafetyState = {
      level: "rescreen-needed",
      reasons: [
        {
          code: "no-screening",
          level: "rescreen-needed",
          origin: "screening",
          message: "Answer the safety questions before your first session.",
          source: "Limber product rule",
          acknowledgeable: false,
          acknowledged: false,
        },
      ],
      sessionAllowed: false,
    };
    const text = textOf(render(<NextAction view={{ status: "known", state }} />));
    expect(text).toContain("check whether gentle self-care is right for you today");
    expect(text).not.toMatch(/make sure|guarantee|confirm that/i);
  });

  it("the safety reminder before a session: slow control, no momentum or bouncing (P13)", () => {
    const text = textOf(
      render(<SafetyReminder technique={TECHNIQUES["supine-spinal-twist"]} onStart={() => undefined} />),
    );
    expect(text).toMatch(/slow/i);
    expect(text).toMatch(/never use momentum or bouncing|no momentum|never bounce/i);
    expect(text).toMatch(/sharp, shooting or intense pain/);
    expect(text).not.toMatch(/use momentum to|bounce (gently|into)/i);
  });

  it("the ready notice is quiet and never a promise", () => {
    const text = textOf(render(<SafetyNotice state={READY} />));
    expect(text).toContain("gentle self-care looks suitable today");
    expect(text).not.toMatch(/is safe for you|guaranteed|you are fine/i);
  });

  it("Sources: product rules are said to be product rules, not the article's", () => {
    const text = textOf(render(<SourcesRoute params={{}} query={new URLSearchParams()} />));
    expect(text).toContain("a Limber product rule, marked as one");
    expect(text).not.toMatch(/Every instruction, number and rule in Limber comes from one reviewed article/);
  });

  it("the retraction question: keeping the yes is the primary answer, and an emergency stands until tomorrow", () => {
    const text = textOf(
      render(
        <RetractionQuestion
          retracted={["chest-pain"]}
          saving={false}
          error={null}
          onMistake={() => undefined}
          onChange={() => undefined}
        />,
      ),
    );
    expect(text).toContain("offers no session until tomorrow, whatever you answer here");
    expect(text).toContain("If you have any of these signs, call emergency services now.");
    expect(text).not.toMatch(/session (is|will be) (open|available) (again )?(today|now)/i);
  });
});
