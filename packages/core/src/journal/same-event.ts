/**
 * Whether two stored records (a journal event, a safety fact, a screening) are the same write: equal as JSON
 * whatever the order of their keys, since a database (jsonb) or another device may return keys in its own
 * order. A retry of the same write is stored once; the same id with other content is a conflict.
 */
export function isSameEvent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameEvent(item, b[index]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && isSameEvent(left[key], right[key]))
  );
}
