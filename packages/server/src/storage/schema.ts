/**
 * The tables as Kysely sees them. Every user-owned row carries `owner_id`, so every query can be scoped to
 * its owner and the schema can later be distributed by user (design: "Storage").
 */
import type { ColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in when an insert leaves it out. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type UsersTable = {
  id: string;
  email: string;
  password_hash: string;
  role: "owner" | "member";
  created_at: DefaultedTimestamp;
};

export type SessionsTable = {
  /** SHA-256 of the cookie value: a leaked table does not hand out sessions. */
  id_hash: string;
  owner_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
};

export type InvitesTable = {
  code_hash: string;
  owner_id: string;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

/** One throttle counter per key (004-attempt-counters): attempts reserved in the window, and any backoff. */
export type LoginFailuresTable = {
  key_hash: string;
  window_start: Timestamp;
  last_at: Timestamp;
  attempts: number;
  blocked_until: Timestamp | null;
  granted: boolean;
  /** HMAC of the account's email the row is about (005-throttle-secret), so deleting the account deletes it. */
  subject_hash: ColumnType<string | null, string | null | undefined, string | null>;
};

/** Secrets the server keeps with its data (005-throttle-secret): the throttle's HMAC key. */
export type ServerSecretsTable = {
  name: string;
  value: string;
};

export type ScreeningsTable = {
  owner_id: string;
  id: string;
  at: Timestamp;
  answers: Json<Record<string, boolean>>;
  decision: Json<unknown>;
};

export type JournalEventsTable = {
  owner_id: string;
  id: string;
  type: string;
  at: Timestamp;
  /** The event exactly as validated from the client, so an identical retry compares equal. */
  body: Json<Record<string, unknown>>;
  created_at: DefaultedTimestamp;
};

export type SharesTable = {
  owner_id: string;
  id: string;
  /** SHA-256 of the share token: a leaked table does not hand out records. */
  token_hash: string;
  label: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
};

export type ShareAccessesTable = {
  owner_id: string;
  share_id: string;
  at: Timestamp;
  what: "record" | "fhir";
};

export type ShareFailuresTable = {
  key_hash: string;
  at: Timestamp;
};

/** A deleted journal event's id, kept so every device's sync pull removes it too. */
export type JournalDeletionsTable = {
  owner_id: string;
  id: string;
  deleted_at: Timestamp;
};

/** One plan per person (005): the body as validated from the device, and its revision for sync. */
export type PlansTable = {
  owner_id: string;
  body: Json<Record<string, unknown>>;
  revision: number;
  updated_at: Timestamp;
};

/** A person's calendar feed: only the SHA-256 of its secret. */
export type CalendarFeedsTable = {
  owner_id: string;
  secret_hash: string;
  created_at: Timestamp;
};

export type PushSubscriptionsTable = {
  owner_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Timestamp;
};

/** The day's reminder, claimed once per person and local date by whichever server process gets there first. */
export type ReminderClaimsTable = {
  owner_id: string;
  local_date: string;
  claimed_at: Timestamp;
};

export type Schema = {
  users: UsersTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  login_failures: LoginFailuresTable;
  screenings: ScreeningsTable;
  journal_events: JournalEventsTable;
  journal_deletions: JournalDeletionsTable;
  shares: SharesTable;
  share_accesses: ShareAccessesTable;
  share_failures: ShareFailuresTable;
  plans: PlansTable;
  calendar_feeds: CalendarFeedsTable;
  push_subscriptions: PushSubscriptionsTable;
  reminder_claims: ReminderClaimsTable;
  server_secrets: ServerSecretsTable;
};
