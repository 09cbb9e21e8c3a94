import { afterEach, describe, expect, it, vi } from "vitest";
import { deviceTimeZone } from "./safety-input";

afterEach(() => vi.restoreAllMocks());

describe("the device's time zone", () => {
  it("is read from Intl once, then again only after a minute (a formatter per render cost a phone dearly)", () => {
    const start = 5_000_000;
    const intl = vi.spyOn(Intl, "DateTimeFormat");
    const zone = deviceTimeZone(start);
    for (let render = 1; render <= 20; render += 1) expect(deviceTimeZone(start + render * 1000)).toBe(zone);
    expect(intl).toHaveBeenCalledTimes(1);
    deviceTimeZone(start + 61_000);
    expect(intl).toHaveBeenCalledTimes(2);
  });

  it("is read again when the clock jumps back more than a minute (a device whose clock was corrected)", () => {
    const intl = vi.spyOn(Intl, "DateTimeFormat");
    deviceTimeZone(9_000_000);
    deviceTimeZone(9_000_000 - 120_000);
    expect(intl).toHaveBeenCalledTimes(2);
  });
});
