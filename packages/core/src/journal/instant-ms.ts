/**
 * The instant of an ISO-8601 time, as Date.parse reads it, with a fast path for the form almost every stored
 * event has (`toISOString()`: 2026-11-24T08:30:00.000Z): read digit by digit it costs a fraction of
 * Date.parse, which is most of a trusted assessment's time. Any other form goes to Date.parse.
 */

const ZERO = 48;

/** The digit at `index`, or NaN when the character is not one. */
function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - ZERO;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

const twoDigits = (text: string, index: number) => digit(text, index) * 10 + digit(text, index + 1);

const at = (text: string, index: number, char: string) => text.charCodeAt(index) === char.charCodeAt(0);

/** Whether `text` has the separators of YYYY-MM-DDTHH:MM:SS.sssZ. */
function isCanonicalShape(text: string): boolean {
  return (
    text.length === 24 &&
    at(text, 4, "-") &&
    at(text, 7, "-") &&
    at(text, 10, "T") &&
    at(text, 13, ":") &&
    at(text, 16, ":") &&
    at(text, 19, ".") &&
    at(text, 23, "Z")
  );
}

export function instantMs(text: string): number {
  if (!isCanonicalShape(text)) return Date.parse(text);
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const millisecond = twoDigits(text, 20) * 10 + digit(text, 22);
  // A non-digit gives NaN; Date.UTC reads years below 100 as 19xx and rolls over out-of-range fields: Date.parse
  // decides all of those.
  if (
    Number.isNaN(year + month + day + hour + minute + second + millisecond) ||
    year < 100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return Date.parse(text);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
}
