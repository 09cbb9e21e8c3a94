/**
 * Plans and reminders (design: "Plan and reminders"): one plan per person (the body as the device sent it,
 * its revision for sync), a calendar feed whose secret is kept only as a SHA-256, Web Push subscriptions per
 * owner, one reminder claim per person and local date (so any number of server processes send a day's
 * reminder once). The VAPID keys live in `server_secrets` (005), kept with the data. Deleting an account deletes its
 * plan, feed, subscriptions and claims (ON DELETE CASCADE).
 */
import { type Kysely, type Migration, sql } from "kysely";

export const plansAndReminders: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE plans (
        owner_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        body jsonb NOT NULL,
        revision integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`.execute(db);
    await sql`
      CREATE TABLE calendar_feeds (
        owner_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`.execute(db);
    await sql`
      CREATE TABLE push_subscriptions (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        endpoint text NOT NULL,
        p256dh text NOT NULL,
        auth text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (owner_id, endpoint)
      )`.execute(db);
    await sql`
      CREATE TABLE reminder_claims (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        local_date text NOT NULL,
        claimed_at timestamptz NOT NULL,
        PRIMARY KEY (owner_id, local_date)
      )`.execute(db);
  },
};
