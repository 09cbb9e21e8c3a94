import { describe, expect, it } from "vitest";
import { BUBBLE_PRESSURE, GAS_SPECKS, jointAt } from "./joint-cavitation";

describe("the joint cavitation picture (P9-P10)", () => {
  it("shows the gases dissolved in the fluid while the joint is at rest", () => {
    expect(jointAt(0)).toEqual({ gap: 0, pressure: 1, bubble: false, dissolved: GAS_SPECKS });
  });

  it("drops the pressure as the space between the joint surfaces grows", () => {
    const pressures = [0, 0.25, 0.5, 0.75, 1].map((stretch) => jointAt(stretch).pressure);
    for (let i = 1; i < pressures.length; i++) expect(pressures[i]).toBeLessThan(pressures[i - 1] as number);
  });

  it("forms the bubble only once the pressure has fallen far enough, taking the dissolved gas", () => {
    expect(jointAt(0.5).bubble).toBe(false);
    const stretched = jointAt(1);
    expect(stretched.pressure).toBeLessThan(BUBBLE_PRESSURE);
    expect(stretched).toMatchObject({ bubble: true, dissolved: 0 });
  });

  it("keeps the stretch within rest and fully stretched", () => {
    expect(jointAt(-1)).toEqual(jointAt(0));
    expect(jointAt(3)).toEqual(jointAt(1));
  });
});
