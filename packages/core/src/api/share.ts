/**
 * A share as the API answers it (docs/api.md "Shares"): the server stores it, the person's app lists it.
 * Declared once so the two sides cannot drift apart.
 */

/** What a clinician read through a share: the record view or the FHIR Bundle. */
export type ShareWhat = "record" | "fhir";

export type Share = {
  readonly id: string;
  readonly label?: string;
  /** ISO-8601 instants. */
  readonly createdAt: string;
  readonly expiresAt: string;
  /** When the person stopped sharing, or null while the link stands (until `expiresAt`). */
  readonly revokedAt: string | null;
};

export type ShareAccess = { readonly at: string; readonly what: ShareWhat };

/** A share with every time it was opened, as the person's list shows it. */
export type ListedShare = Share & { readonly accesses: readonly ShareAccess[] };
