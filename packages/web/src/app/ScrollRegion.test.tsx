import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { ScrollRegion } from "./ScrollRegion";

describe("ScrollRegion", () => {
  it("is a named region that takes keyboard focus, so a wide table can be scrolled without a pointer", () => {
    render(
      <ScrollRegion label="Screening answers">
        <table />
      </ScrollRegion>,
    );
    const region = screen.getByRole("region", { name: "Screening answers" });
    expect(region.tabIndex).toBe(0);
  });
});
