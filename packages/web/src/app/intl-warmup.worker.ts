/**
 * Runs in a worker, off the main thread: the first date formatters in a page load the browser's ICU date,
 * time-zone and list data (100 ms or more at a phone's CPU speed, in one piece that cannot be split). That
 * data is cached for the whole renderer process, so once this worker has made the same kinds of formatter
 * the app makes, the main thread's own first ones cost almost nothing. It computes nothing the app reads.
 */
const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const now = Date.now();
// The same kinds of formatter the first screens make: local days (core's local-day), dates shown in the
// person's own locale, and the safety notice's list of reasons.
new Intl.DateTimeFormat("en-CA", {
  timeZone: zone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
}).format(now);
new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(now);
new Intl.ListFormat("en-GB").format(["a", "b"]);
postMessage("warm");
