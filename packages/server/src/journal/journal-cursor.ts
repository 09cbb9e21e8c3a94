/** Paging through the journal: an opaque cursor naming the last event of a page by (at, id). */
import { z } from "zod";
import { ApiError } from "../errors/api-error";
import { isStorableInstant } from "./storable-instant";

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export type JournalPosition = { readonly at: string; readonly id: string };

export function encodeCursor(position: JournalPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string): JournalPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      typeof decoded[0] === "string" &&
      isStorableInstant(decoded[0]) &&
      typeof decoded[1] === "string" &&
      isUuid(decoded[1])
    ) {
      return { at: decoded[0], id: decoded[1] };
    }
  } catch {
    // fall through to the one message below
  }
  throw new ApiError("invalid_input", "The cursor is not one this server gave out; start again without it.", [
    { code: "invalid_input", path: "query.cursor", message: "is not a cursor from nextCursor" },
  ]);
}
