/**
 * Where each table would live under Citus (docs/scaling.md, "Many clinics"), as data: distributed by
 * `owner_id` (a person's rows on one node), a reference table (a copy on every node), or a local table (on
 * the coordinator). `distribution-keys.test.ts` reads the live schema and fails when a table is not listed
 * here, or a distributed one lacks `owner_id` in its primary key or any unique key.
 */
export type Placement =
  | { readonly kind: "distributed"; readonly key: "owner_id"; readonly why: string }
  | { readonly kind: "reference" | "local"; readonly why: string };

const BY_OWNER = "a person's own rows; every query names the owner";

export const TABLE_PLACEMENT: Readonly<Record<string, Placement>> = {
  journal_events: { kind: "distributed", key: "owner_id", why: BY_OWNER },
  journal_deletions: { kind: "distributed", key: "owner_id", why: BY_OWNER },
  screenings: { kind: "distributed", key: "owner_id", why: BY_OWNER },
  safety_facts: { kind: "distributed", key: "owner_id", why: BY_OWNER },
  journal_quotas: {
    kind: "distributed",
    key: "owner_id",
    why: `${BY_OWNER}; counted with the journal write`,
  },
  shares: {
    kind: "distributed",
    key: "owner_id",
    why: `${BY_OWNER} (a token is found through share_tokens)`,
  },
  share_accesses: { kind: "distributed", key: "owner_id", why: `${BY_OWNER}; colocated with shares` },
  users: {
    kind: "reference",
    why: "small, rarely written, holds the one global unique key (the email); distributed tables reference it",
  },
  share_tokens: {
    kind: "reference",
    why: "a token hash's owner and share, needed before the owner is known; hashes and ids only",
  },
  sessions: {
    kind: "local",
    why: "found by the cookie's hash before the owner is known; keyed (owner_id, id_hash) for a later move",
  },
  invites: {
    kind: "local",
    why: "found by the code's hash before the owner is known; keyed (owner_id, code_hash) for a later move",
  },
  login_failures: { kind: "local", why: "throttle counters keyed by hashed address or email: no owner" },
  share_failures: { kind: "local", why: "guess counters keyed by hashed address: no owner" },
  server_secrets: { kind: "local", why: "the server's own secrets (the throttle keys' HMAC key): no owner" },
  plans: { kind: "distributed", key: "owner_id", why: `${BY_OWNER}: one plan per person` },
  push_subscriptions: { kind: "distributed", key: "owner_id", why: `${BY_OWNER}: a person's devices` },
  reminder_claims: {
    kind: "distributed",
    key: "owner_id",
    why: `${BY_OWNER}: one claim per person and local day`,
  },
  calendar_feeds: {
    kind: "local",
    why: "found by the secret's hash before the owner is known (a calendar app has no session); one per person",
  },
};
