/** The person a request belongs to, as the session resolves it. */
export type Role = "owner" | "member";
export type SignedInUser = {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  /** Hash of the session this request came with, so "other sessions" can be revoked. */
  readonly sessionHash: string;
};
