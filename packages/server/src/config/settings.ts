/**
 * Server settings: everything an operator can change, with safe defaults. Read from the environment
 * (and CLI flags, which the CLI folds in); a bad value is an error naming the variable, never a silent default.
 */
import { isIP } from "node:net";
import { resolve } from "node:path";
import type { ScryptCost } from "../accounts/password-hash";
import { PRODUCTION_SCRYPT } from "../accounts/password-hash";
import { DEFAULT_JOURNAL_QUOTA, type JournalQuota } from "../journal/journal-quota-limits";
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
  /**
   * Sign-in attempts per client address within the window (then 429), and per account before each further
   * attempt waits a doubling delay (never a lockout).
   */
  readonly loginAttempts: number;
  readonly loginWindowMs: number;
  /** Sign-up attempts per client address, and per email asked for, within the login window. */
  readonly signupAttemptsPerAddress: number;
  readonly signupAttemptsPerEmail: number;
  /**
   * Which reverse proxies to believe about X-Forwarded-Proto/-For: `false` (none), a hop count (the
   * right-most N hops are proxies of ours), or their addresses/CIDRs. Never "everything": the left-most
   * X-Forwarded-For value is written by the client.
   */
  readonly trustProxy: false | number | readonly string[];
  /** The built web app to serve, or null to serve only the API. */
  readonly webDist: string | null;
  readonly passwordCost: ScryptCost;
  /**
   * How often `limber serve` looks for reminders due (Web Push), or null for never (tests, `buildApp` alone).
   */
  readonly reminderIntervalMs: number | null;
  /** VAPID keys given by the operator (a clinic), or null to generate them once and keep them with the data. */
  readonly vapid: VapidKeys | null;
  /**
   * Accept http:// push endpoints on local addresses (the test suite's local push service only); otherwise an
   * endpoint must be https on a public address (reminders/push-endpoint.ts).
   */
  readonly allowHttpPushEndpoints: boolean;
  /** Timeouts and connection caps of the HTTP server (http/connection-limits.ts). */
  readonly http: HttpLimits;
  /**
   * The address people reach this server at (`https://limber.clinic.example`), for links it hands out (a
   * share URL); null: the request's own Host header. Never X-Forwarded-Host, which a client can write.
   */
  readonly publicUrl: string | null;
  /** The key of the throttle's HMACs; null: a random one kept in the database (server_secrets). */
  readonly throttleSecret: string | null;
  /** Journal writes per person per minute and per day (journal/journal-quota.ts). */
  readonly journalQuota: JournalQuota;
};

export type HttpLimits = {
  /** The whole request (headers and body) must arrive within this, or it is answered 408 and closed. */
  readonly requestTimeoutMs: number;
  /** The header block must arrive within this. */
  readonly headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed (a stalled reader of a download too). */
  readonly idleTimeoutMs: number;
  /** How often Node checks the request and header timeouts (the limits are late by at most this). */
  readonly checkIntervalMs: number;
  /** Open connections per process: below the file-handle limit, so the process can always open its files. */
  readonly maxConnections: number;
  /** Open connections per client address (IPv6: per /64); a trusted proxy's own address is not capped. */
  readonly maxConnectionsPerAddress: number;
};

export type VapidKeys = { readonly publicKey: string; readonly privateKey: string; readonly subject: string };

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
  signupAttemptsPerAddress: 20,
  signupAttemptsPerEmail: 5,
  trustProxy: false,
  webDist: DEFAULT_WEB_DIST,
  passwordCost: PRODUCTION_SCRYPT,
  reminderIntervalMs: null,
  vapid: null,
  allowHttpPushEndpoints: false,
  http: {
    requestTimeoutMs: 20_000,
    headersTimeoutMs: 10_000,
    // Fastify's own default: longer than a proxy's usual 60 s idle timeout, so a proxy (or a client's
    // connection pool) never reuses a connection that Limber is closing at that moment.
    keepAliveTimeoutMs: 72_000,
    idleTimeoutMs: 120_000,
    checkIntervalMs: 1_000,
    maxConnections: 10_000,
    maxConnectionsPerAddress: 256,
  },
  publicUrl: null,
  throttleSecret: null,
  journalQuota: DEFAULT_JOURNAL_QUOTA,
};

/** `limber serve` looks for due reminders once a minute. */
export const SERVE_REMINDER_INTERVAL_MS = MINUTE;
/** The contact a push service may use about this server's pushes, unless the operator names one. */
export const DEFAULT_VAPID_SUBJECT = "mailto:limber@localhost";

function vapidFromEnv(env: NodeJS.ProcessEnv): VapidKeys | null {
  const publicKey = env.LIMBER_VAPID_PUBLIC_KEY;
  const privateKey = env.LIMBER_VAPID_PRIVATE_KEY;
  if (!publicKey && !privateKey) return null;
  if (!publicKey || !privateKey) {
    throw new SettingsError(
      "LIMBER_VAPID_PUBLIC_KEY and LIMBER_VAPID_PRIVATE_KEY go together: set both or neither",
    );
  }
  const subject = env.LIMBER_VAPID_SUBJECT || DEFAULT_VAPID_SUBJECT;
  if (!/^(mailto:|https:\/\/)/.test(subject)) {
    throw new SettingsError(`LIMBER_VAPID_SUBJECT must be a mailto: or https: URL, not "${subject}"`);
  }
  return { publicKey, privateKey, subject };
}

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

const CIDR = /^(.+)\/(\d{1,3})$/;

function isProxyAddress(entry: string): boolean {
  const cidr = CIDR.exec(entry);
  if (!cidr) return isIP(entry) !== 0;
  const version = isIP(cidr[1] as string);
  return version !== 0 && Number(cidr[2]) <= (version === 4 ? 32 : 128);
}

/** `0`/unset: trust no proxy; `1`, `2`: that many hops; else a comma list of proxy addresses or CIDRs. */
export function parseTrustProxy(raw: string | undefined): ServerSettings["trustProxy"] {
  if (raw === undefined || raw.trim() === "" || raw.trim() === "0") return false;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const entries = raw.split(",").map((entry) => entry.trim());
  const bad = entries.find((entry) => !isProxyAddress(entry));
  if (bad !== undefined) {
    throw new SettingsError(
      `LIMBER_TRUST_PROXY must be a hop count (1, 2) or a comma list of proxy addresses or CIDRs (10.0.0.1, 10.0.0.0/8), not "${raw}" ("${bad}" is neither)`,
    );
  }
  return entries;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    throw new SettingsError(`${name} must be a positive whole number, not "${raw}"`);
  }
  return Number(raw);
}

/** An http(s) origin with no path, query or credentials; links are built on it. */
export function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === "") return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingsError(`LIMBER_PUBLIC_URL must be a URL such as https://limber.example, not "${raw}"`);
  }
  if (!["http:", "https:"].includes(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new SettingsError(
      `LIMBER_PUBLIC_URL must be an http(s) address with no credentials or query, not "${raw}"`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

function throttleSecret(raw: string | undefined): string | null {
  if (raw === undefined || raw === "") return null;
  if (raw.length < 32) throw new SettingsError("LIMBER_THROTTLE_SECRET must be at least 32 characters long");
  return raw;
}

/** Settings from LIMBER_* environment variables over the defaults. Throws SettingsError on a bad value. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): ServerSettings {
  const signup = env.LIMBER_SIGNUP;
  if (signup !== undefined && signup !== "" && signup !== "open" && signup !== "invite") {
    throw new SettingsError(`LIMBER_SIGNUP must be "open" or "invite", not "${signup}"`);
  }
  const trustProxy = parseTrustProxy(env.LIMBER_TRUST_PROXY);
  const idleMinutes = positiveNumber(env, "LIMBER_SESSION_IDLE_MINUTES", "minutes");
  const maxDays = positiveNumber(env, "LIMBER_SESSION_MAX_DAYS", "days");
  const maxConnections = wholeNumber(env, "LIMBER_MAX_CONNECTIONS");
  const perAddress = wholeNumber(env, "LIMBER_MAX_CONNECTIONS_PER_ADDRESS");
  const perMinute = wholeNumber(env, "LIMBER_JOURNAL_WRITES_PER_MINUTE");
  const perDay = wholeNumber(env, "LIMBER_JOURNAL_WRITES_PER_DAY");
  return {
    ...DEFAULT_SETTINGS,
    ...(signup ? { signup } : {}),
    trustProxy,
    ...(idleMinutes ? { sessionIdleMs: idleMinutes * MINUTE } : {}),
    ...(maxDays ? { sessionMaxMs: maxDays * DAY } : {}),
    ...(env.LIMBER_WEB_DIST ? { webDist: resolve(env.LIMBER_WEB_DIST) } : {}),
    reminderIntervalMs: env.LIMBER_REMINDERS === "off" ? null : SERVE_REMINDER_INTERVAL_MS,
    vapid: vapidFromEnv(env),
    http: {
      ...DEFAULT_SETTINGS.http,
      ...(maxConnections ? { maxConnections } : {}),
      ...(perAddress ? { maxConnectionsPerAddress: perAddress } : {}),
    },
    publicUrl: parsePublicUrl(env.LIMBER_PUBLIC_URL),
    throttleSecret: throttleSecret(env.LIMBER_THROTTLE_SECRET),
    journalQuota: {
      ...DEFAULT_SETTINGS.journalQuota,
      ...(perMinute ? { perMinute } : {}),
      ...(perDay ? { perDay } : {}),
    },
  };
}
