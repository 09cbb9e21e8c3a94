import { describe, expect, it } from "vitest";
import { isArticleParagraph, isGuideline } from "../source";
import { CONTROLS, controlById } from "./controls";
import { HAZARDS } from "./hazards";

describe("the hazard log (ISO 14971 style)", () => {
  it("gives every hazard a unique H- id, a hazard, a harm, a cause, a severity and at least one control", () => {
    expect(new Set(HAZARDS.map((hazard) => hazard.id)).size).toBe(HAZARDS.length);
    for (const hazard of HAZARDS) {
      expect(hazard.id).toMatch(/^H-[a-z0-9-]+$/);
      for (const text of [hazard.hazard, hazard.harm, hazard.cause]) expect(text.length).toBeGreaterThan(15);
      expect(["catastrophic", "critical", "serious", "minor"]).toContain(hazard.severity);
      expect(hazard.controls.length).toBeGreaterThan(0);
    }
  });

  it("gives every control a unique C- id and places each under at least one hazard", () => {
    expect(new Set(CONTROLS.map((control) => control.id)).size).toBe(CONTROLS.length);
    const used = new Set(HAZARDS.flatMap((hazard) => hazard.controls));
    for (const control of CONTROLS) {
      expect(control.id).toMatch(/^C-[a-z0-9-]+$/);
      expect(used.has(control.id)).toBe(true);
      expect(controlById(control.id)).toBe(control);
    }
  });

  it("[C-wording-pinned] says the bent knee goes across the body to the opposite side (P7), never to its own side", () => {
    const { what } = controlById("C-roller-pose-range");
    expect(what).toContain("the bent knee guided across the body to the opposite side");
    expect(what).not.toMatch(/right knee to the right side|left knee to the left side|to the same side/);
  });

  it("[C-content-sourced] cites a real paragraph, a named guideline or a product rule for every control", () => {
    for (const control of CONTROLS) {
      const source: string = control.source;
      expect(isArticleParagraph(source) || isGuideline(source) || source === "Limber product rule").toBe(
        true,
      );
    }
  });

  it("names who writes each control's tests, as the team brief assigns them", () => {
    const owners = Object.fromEntries(CONTROLS.map((control) => [control.id, [...control.owners]]));
    expect(owners).toMatchObject({
      "C-emergency-everywhere": ["web-screening"],
      "C-screening-stops-at-emergency": ["web-screening"],
      "C-stop-in-view": ["web-session"],
      "C-roller-pose-range": ["illustrations"],
      "C-share-read-only": ["sharing"],
      "C-rest-until-next-day": ["core-safety", "web-session"],
      "C-engine-refuses-unsafe": ["core-safety"],
    });
  });

  it("puts the emergency hazards first and rates them catastrophic", () => {
    expect(HAZARDS.slice(0, 2).map((hazard) => [hazard.id, hazard.severity])).toEqual([
      ["H-emergency-guided-into-session", "catastrophic"],
      ["H-emergency-softened", "catastrophic"],
    ]);
  });

  it("[C-wording-pinned] pins every hazard and control, word for word, in a reviewed snapshot", () => {
    expect({ HAZARDS, CONTROLS }).toMatchSnapshot();
  });
});
