import { describe, expect, it } from "vitest";
import { isArticleParagraph } from "../source";
import { EDUCATION } from "./education";
import { ESCALATION, JOURNAL_TRIGGERS } from "./escalation";
import { DURING_SESSION_GUIDANCE, SAFETY_REMINDER } from "./safety";
import { TECHNIQUES } from "./techniques";
import { BREATHING_PACER, TIGHT_SPOT_PAUSE } from "./tight-spot";

const roll = TECHNIQUES["thoracic-foam-roll"];
const twist = TECHNIQUES["supine-spinal-twist"];
const allSteps = [...roll.steps, ...twist.steps];

describe("technique content", () => {
  it("[C-content-sourced] cites a paragraph of the article, or names a product rule, for every step and its timing", () => {
    for (const step of allSteps) {
      expect(isArticleParagraph(step.source), step.id).toBe(true);
      if (step.timing && step.timing.source !== "Limber product rule")
        expect(isArticleParagraph(step.timing.source), step.id).toBe(true);
    }
  });

  it("runs the foam roll as: lie on the roller, hug, engage and lift, roll slowly, come down slowly", () => {
    expect(roll.steps.map((step) => step.id)).toEqual([
      "roll-position",
      "roll-hug",
      "roll-lift",
      "roll-release",
      "roll-finish",
    ]);
  });

  it("runs the twist as: lie in a T, then left and right each guided, held and returned", () => {
    expect(twist.steps.map((step) => step.id)).toEqual([
      "twist-position",
      "twist-guide-left",
      "twist-hold-left",
      "twist-return-left",
      "twist-guide-right",
      "twist-hold-right",
      "twist-return-right",
    ]);
  });

  it("cites the article's paragraphs for the foam roll (P4-P5) and the twist (P6-P7)", () => {
    expect(roll.steps.filter((step) => step.kind !== "return").map((step) => step.source)).toEqual([
      "P4",
      "P4",
      "P5",
      "P5",
    ]);
    expect(new Set(twist.steps.map((step) => step.source))).toEqual(new Set(["P6", "P7"]));
  });

  it("names each technique inside a sentence by its own name, with a lower-case first letter", () => {
    for (const technique of [roll, twist]) {
      const first = technique.name.charAt(0);
      expect(technique.nameInSentence).toBe(first.toLowerCase() + technique.name.slice(1));
    }
  });

  it("gives every step a unique id, a title, an instruction, a spoken cue and an illustration", () => {
    expect(new Set(allSteps.map((step) => step.id)).size).toBe(allSteps.length);
    for (const step of allSteps) {
      for (const text of [step.title, step.instruction, step.cue, step.illustration])
        expect(text.trim()).not.toBe("");
    }
  });

  it("[R-session.lower-back-not-rolled] [C-roll-range] rolls only between the base of the neck and the bottom of the ribcage (P5), never the lower back (P6)", () => {
    const rolling = roll.steps.find((step) => step.kind === "rolling");
    expect(rolling?.instruction).toContain("between the base of your neck and the bottom of your ribcage");
    expect(rolling?.tightSpot).toBe(true);
    expect(allSteps.filter((step) => step.tightSpot)).toEqual([rolling]);
  });

  it("pauses 20 to 30 s on a tight spot with slow, deep breaths (P5)", () => {
    expect(TIGHT_SPOT_PAUSE).toMatchObject({ minSeconds: 20, maxSeconds: 30, source: "P5" });
    expect(BREATHING_PACER.source).toBe("P5");
  });

  it("holds each side of the twist at least 30 s with a slow return, left then right (P7)", () => {
    const holds = twist.steps.filter((step) => step.kind === "hold");
    expect(holds.map((step) => [step.side, step.timing?.minSeconds, step.timing?.chime])).toEqual([
      ["left", 30, true],
      ["right", 30, true],
    ]);
    expect(twist.steps.map((step) => step.kind)).toEqual([
      "setup",
      "movement",
      "hold",
      "return",
      "movement",
      "hold",
      "return",
    ]);
    for (const step of twist.steps.filter((s) => s.kind === "return"))
      expect(step.timing?.minSeconds).toBeGreaterThan(0);
  });

  it("keeps the shoulder opposite the moving knee on the floor, and the hand on the far side guiding it (P7)", () => {
    const left = twist.steps.find((step) => step.id === "twist-guide-left");
    expect(left?.instruction).toContain(
      "guide it across your body toward the floor on your right side, using your right hand",
    );
    expect(left?.instruction).toContain("Keep your left shoulder blade pressed firmly against the floor");
  });

  it("[C-waits-for-person] times only the steps the article times (holds, returns); every other step waits for the person", () => {
    for (const step of allSteps) {
      expect({ id: step.id, timed: step.timing !== undefined }).toEqual({
        id: step.id,
        timed: !step.waitsForPerson,
      });
    }
    expect(allSteps.filter((step) => !step.waitsForPerson).map((step) => step.kind)).toEqual([
      "return",
      "hold",
      "return",
      "hold",
      "return",
    ]);
  });

  it("[C-no-pop-goal] never sets a goal or reward on producing a pop (P11, P13)", () => {
    const words = [...allSteps.flatMap((step) => [step.instruction, step.cue, step.feel ?? ""])]
      .join(" ")
      .toLowerCase();
    expect(words).not.toMatch(/\b(pop|crack)\b/);
  });
});

describe("safety, education and escalation content", () => {
  it("reminds of slow control, no momentum or bouncing, minimal force and stopping on sharp pain (P13)", () => {
    expect(SAFETY_REMINDER.map((item) => item.id)).toEqual([
      "slow-control",
      "no-momentum",
      "minimal-force",
      "stop-sharp-pain",
    ]);
    for (const item of SAFETY_REMINDER) expect(item.source).toBe("P13");
    expect(DURING_SESSION_GUIDANCE[0].id).toBe("stop-sharp-pain");
  });

  it("explains cavitation from P9-P11 and says the pop does not decide whether a stretch worked", () => {
    expect(EDUCATION.sections.map((section) => [section.id, section.source])).toEqual([
      ["not-bones", "P9"],
      ["synovial-fluid", "P9"],
      ["pressure-drop", "P10"],
      ["the-sound", "P10"],
      ["the-relief", "P11"],
      ["pop-does-not-matter", "P11"],
    ]);
    expect(EDUCATION.sections.find((section) => section.id === "the-sound")?.body).toContain(
      "tribonucleation",
    );
    expect(EDUCATION.sections.at(-1)?.body).toContain(
      "does not decide whether a stretch or mobilisation worked",
    );
    expect(EDUCATION.sections[0]?.body).toContain("not bones cracking");
  });

  it("[R-escalation.emergency] [R-escalation.see-professional] names both a physical therapist and a physician for non-emergencies, and emergency services for emergencies (P20)", () => {
    expect(ESCALATION["see-professional"].who).toBe("A physical therapist or physician");
    expect(ESCALATION.emergency.action).toMatch(/^Call emergency services now/);
    expect(JOURNAL_TRIGGERS.map((trigger) => trigger.code)).toEqual([
      "persistent-48h",
      "frequent-adjusting",
      "repeated-sharp-pain",
    ]);
  });

  it("[C-no-diagnosis-claim] never claims to diagnose or treat", () => {
    const all = JSON.stringify([TECHNIQUES, SAFETY_REMINDER, EDUCATION, ESCALATION]).toLowerCase();
    expect(all).not.toMatch(/\b(we|limber) (diagnoses?|treats?|cures?)\b/);
    expect(all).not.toMatch(/\bwill (cure|fix|heal)\b/);
  });
});
