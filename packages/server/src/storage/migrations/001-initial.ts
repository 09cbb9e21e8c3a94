/** The first schema: accounts, sessions, invites, login throttling, screenings and the journal. */
import { type Kysely, type Migration, sql } from "kysely";

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'member')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
    // At most one owner, even when two processes race to create the first account.
    await sql`CREATE UNIQUE INDEX users_one_owner ON users ((role)) WHERE role = 'owner'`.execute(db);
    await sql`
      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`.execute(db);
    await sql`CREATE INDEX sessions_owner ON sessions (owner_id)`.execute(db);
    await sql`
      CREATE TABLE invites (
        code_hash text PRIMARY KEY,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`.execute(db);
    await sql`CREATE INDEX invites_owner ON invites (owner_id)`.execute(db);
    await sql`
      CREATE TABLE login_failures (
        key_hash text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
    await sql`CREATE INDEX login_failures_key_at ON login_failures (key_hash, at)`.execute(db);
    await sql`
      CREATE TABLE screenings (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        at timestamptz NOT NULL,
        answers jsonb NOT NULL,
        decision jsonb NOT NULL,
        PRIMARY KEY (owner_id, id)
      )`.execute(db);
    await sql`CREATE INDEX screenings_owner_at ON screenings (owner_id, at)`.execute(db);
    await sql`
      CREATE TABLE journal_events (
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        type text NOT NULL,
        at timestamptz NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (owner_id, id)
      )`.execute(db);
    await sql`CREATE INDEX journal_events_owner_at ON journal_events (owner_id, at, id)`.execute(db);
  },
};
