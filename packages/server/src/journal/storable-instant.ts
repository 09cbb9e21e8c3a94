/**
 * An ISO-8601 instant the database can store and a person could mean: year 1 to 9999, and an offset
 * within the real time zones (UTC-12:00 to UTC+14:00). PostgreSQL refuses year 0 and offsets past ±15:59,
 * so these are refused up front as bad input rather than failing in the database.
 */
const ISO_INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

export const INSTANT_RANGE_MESSAGE =
  "must be a real date and time between years 1 and 9999, with an offset from -12:00 to +14:00";

export function isStorableInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  if (!match || !Number.isFinite(Date.parse(value))) return false;
  const [, year, zone, sign, hours, minutes] = match;
  if (Number(year) < 1) return false;
  if (zone === "Z") return true;
  const offset = (Number(hours) * 60 + Number(minutes)) * (sign === "-" ? -1 : 1);
  return Number(minutes) < 60 && offset >= -12 * 60 && offset <= 14 * 60;
}
