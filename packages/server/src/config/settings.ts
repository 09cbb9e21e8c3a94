/**
 * Server settings: everything an operator can change, with safe defaults. Read from the environment
 * (and CLI flags, which the CLI folds in); a bad value is an error naming the variable, never a silent default.
 */
import { resolve } from "node:path";
import type { ScryptCost } from "../accounts/password-hash";
import { PRODUCTION_SCRYPT } from "../accounts/password-hash";
import { SERVER_PACKAGE_ROOT } from "./package-root";

export type SignupMode = "open" | "invite";

export type ServerSettings = {
  /** Who may create an account once the owner exists. */
  readonly signup: SignupMode;
  /** A session ends after this long without a request... */
  readonly sessionIdleMs: number;
  /** ...and after this long in any case. */
  readonly sessionMaxMs: number;
  readonly inviteTtlMs: number;
  /** Failed sign-ins allowed per account and per client address within the window. */
  readonly loginAttempts: number;
  readonly loginWindowMs: number;
  /** Behind a reverse proxy that sets X-Forwarded-Proto/-For (needed for https cookies behind TLS termination). */
  readonly trustProxy: boolean;
  /** The built web app to serve, or null to serve only the API. */
  readonly webDist: string | null;
  readonly passwordCost: ScryptCost;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_WEB_DIST = resolve(SERVER_PACKAGE_ROOT, "..", "web", "dist");

export const DEFAULT_SETTINGS: ServerSettings = {
  // Open on a laptop; `limber serve` switches to invite when it listens beyond loopback (see docs/server.md).
  signup: "open",
  sessionIdleMs: 12 * HOUR,
  sessionMaxMs: 14 * DAY,
  inviteTtlMs: 7 * DAY,
  loginAttempts: 10,
  loginWindowMs: 15 * MINUTE,
  trustProxy: false,
  webDist: DEFAULT_WEB_DIST,
  passwordCost: PRODUCTION_SCRYPT,
};

export class SettingsError extends Error {
  override readonly name = "SettingsError";
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, unit: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new SettingsError(`${name} must be a positive number of ${unit}, not "${raw}"`);
  }
  return value;
}

/** Settings from LIMBER_* environment variables over the defaults. Throws SettingsError on a bad value. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): ServerSettings {
  const signup = env.LIMBER_SIGNUP;
  if (signup !== undefined && signup !== "" && signup !== "open" && signup !== "invite") {
    throw new SettingsError(`LIMBER_SIGNUP must be "open" or "invite", not "${signup}"`);
  }
  const trustProxy = env.LIMBER_TRUST_PROXY;
  if (trustProxy !== undefined && trustProxy !== "" && trustProxy !== "1" && trustProxy !== "0") {
    throw new SettingsError(`LIMBER_TRUST_PROXY must be 1 or 0, not "${trustProxy}"`);
  }
  const idleMinutes = positiveNumber(env, "LIMBER_SESSION_IDLE_MINUTES", "minutes");
  const maxDays = positiveNumber(env, "LIMBER_SESSION_MAX_DAYS", "days");
  return {
    ...DEFAULT_SETTINGS,
    ...(signup ? { signup } : {}),
    ...(trustProxy ? { trustProxy: trustProxy === "1" } : {}),
    ...(idleMinutes ? { sessionIdleMs: idleMinutes * MINUTE } : {}),
    ...(maxDays ? { sessionMaxMs: maxDays * DAY } : {}),
    ...(env.LIMBER_WEB_DIST ? { webDist: resolve(env.LIMBER_WEB_DIST) } : {}),
  };
}
