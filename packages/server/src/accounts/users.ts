/** Accounts in storage. The first account on a fresh server is its owner. */
import { randomUUID } from "node:crypto";
import type { Database } from "../storage/database";
import type { Role } from "./signed-in-user";

export type Account = { id: string; email: string; role: Role; passwordHash: string };

/** Emails are compared trimmed and lower-cased, so "Ann@X.org " and "ann@x.org" are one account. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The account whose `email` or `id` is `value`, if any (one lookup for both ways in). */
async function findAccountBy(
  { db }: Database,
  column: "email" | "id",
  value: string,
): Promise<Account | undefined> {
  const row = await db
    .selectFrom("users")
    .select(["id", "email", "role", "password_hash"])
    .where(column, "=", value)
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash };
}

export const findAccountByEmail = (database: Database, email: string) =>
  findAccountBy(database, "email", email);

export const findAccountById = (database: Database, id: string) => findAccountBy(database, "id", id);

export async function hasAnyAccount({ db }: Database): Promise<boolean> {
  return (await db.selectFrom("users").select("id").limit(1).executeTakeFirst()) !== undefined;
}

export async function updatePasswordHash({ db }: Database, id: string, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).execute();
}

/** Deletes the account; every row it owns goes with it (ON DELETE CASCADE). */
export async function deleteAccount({ db }: Database, id: string): Promise<void> {
  await db.deleteFrom("users").where("id", "=", id).execute();
}

export const newAccountId = () => randomUUID();
