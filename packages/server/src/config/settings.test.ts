import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SettingsError, settingsFromEnv } from "./settings";

describe("server settings", () => {
  it("uses the defaults when nothing is set, and looks for due reminders once a minute", () => {
    expect(settingsFromEnv({})).toEqual({ ...DEFAULT_SETTINGS, reminderIntervalMs: 60_000 });
  });

  it("turns reminders off with LIMBER_REMINDERS=off, and takes VAPID keys as a pair", () => {
    expect(settingsFromEnv({ LIMBER_REMINDERS: "off" }).reminderIntervalMs).toBeNull();
    expect(
      settingsFromEnv({ LIMBER_VAPID_PUBLIC_KEY: "pub", LIMBER_VAPID_PRIVATE_KEY: "priv" }).vapid,
    ).toEqual({
      publicKey: "pub",
      privateKey: "priv",
      subject: "mailto:limber@localhost",
    });
    expect(() => settingsFromEnv({ LIMBER_VAPID_PUBLIC_KEY: "pub" })).toThrow(/go together/);
    expect(() =>
      settingsFromEnv({
        LIMBER_VAPID_PUBLIC_KEY: "p",
        LIMBER_VAPID_PRIVATE_KEY: "q",
        LIMBER_VAPID_SUBJECT: "bob",
      }),
    ).toThrow(/mailto/);
  });

  it("reads sign-up mode, proxy trust and session timeouts", () => {
    const settings = settingsFromEnv({
      LIMBER_SIGNUP: "invite",
      LIMBER_TRUST_PROXY: "1",
      LIMBER_SESSION_IDLE_MINUTES: "30",
      LIMBER_SESSION_MAX_DAYS: "2",
    });
    expect(settings).toMatchObject({
      signup: "invite",
      trustProxy: 1,
      sessionIdleMs: 30 * 60_000,
      sessionMaxMs: 2 * 86_400_000,
    });
  });

  it.each([
    ["0", false],
    ["", false],
    ["1", 1],
    ["2", 2],
    ["10.0.0.1", ["10.0.0.1"]],
    ["10.0.0.1, 192.168.0.0/16,fd00::/8", ["10.0.0.1", "192.168.0.0/16", "fd00::/8"]],
  ])(
    "reads LIMBER_TRUST_PROXY=%j as %j (a hop count or proxy addresses, never everything)",
    (raw, expected) => {
      expect(settingsFromEnv({ LIMBER_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
    },
  );

  it.each([
    ["LIMBER_SIGNUP", "closed"],
    ["LIMBER_TRUST_PROXY", "yes"],
    ["LIMBER_TRUST_PROXY", "true"],
    ["LIMBER_TRUST_PROXY", "10.0.0.1, proxy.internal"],
    ["LIMBER_TRUST_PROXY", "10.0.0.0/33"],
    ["LIMBER_SESSION_IDLE_MINUTES", "-5"],
    ["LIMBER_SESSION_MAX_DAYS", "a week"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(() => settingsFromEnv({ [name]: value })).toThrow(SettingsError);
    expect(() => settingsFromEnv({ [name]: value })).toThrow(name);
  });
});
