/**
 * The route table. Every screen, the home screen too, is loaded with `import()` the first time it is
 * visited, so the first bundle holds only the shell: the home screen's first frame is already painted by
 * the prerendered index.html (pwa/first-paint-plugin.ts), and main.tsx renders once its code has arrived.
 *
 * Routes (hash based, see router.ts):
 *   #/                      home
 *   #/screening             the safety screening, one question at a time
 *   #/screening/result      the latest screening's outcome (emergency, see a professional, self-care)
 *   #/techniques            choose a technique (needs a valid self-care screening)
 *   #/session/:technique    the safety state's answer (and any acknowledgement it needs), the safety
 *                           reminder, then the guided session in session mode (no site navigation); when it
 *                           ends the outcome is saved first, then the completion moment with its check-in, or
 *                           the stop / ended screen linking to #/check-in?after=<sessionEventId>
 *   #/explain/pop           why does my back pop?
 *   #/explain/help          when to get help
 *   #/settings              hands-free, session and theme settings
 *   #/journal               the journal: assessment banner, urge button, trend chart and table
 *   #/check-in?after=<id>   the quick check-in (after=<sessionEventId> when it follows a session)
 *   #/plan                  the plan (days, local time, technique or either), calendar file and reminders
 *   #/summary               the printable visit summary, with JSON and FHIR downloads
 *   #/share                 share with a physical therapist or physician: make, list and stop read-only links
 *   #/shared/<token>        a clinician's read-only view of a shared record (opens no local record, no sync)
 *   #/account               sign in, sign up or owner setup; sync status; sign out; erase this device's copy
 *   #/sources?source=P13    the article paragraphs and guidelines Limber uses; `source` focuses one of them
 */
import type { ComponentType } from "preact";
import type { RouteProps } from "./paths";

export type RouteModule = { readonly default: ComponentType<RouteProps> };
export type Route = {
  readonly path: string;
  /** The document title and the name announced on navigation. */
  readonly title: string;
  readonly load: () => Promise<RouteModule>;
};

export const ROUTES: readonly Route[] = [
  { path: "/", title: "Limber", load: () => import("./home/HomeRoute") },
  { path: "/screening", title: "Safety screening", load: () => import("../screening/ScreeningRoute") },
  {
    path: "/screening/result",
    title: "Your screening result",
    load: () => import("../screening/OutcomeRoute"),
  },
  { path: "/techniques", title: "Choose a technique", load: () => import("../session/TechniquesRoute") },
  { path: "/session/:technique", title: "Guided session", load: () => import("../session/SessionRoute") },
  { path: "/explain/pop", title: "Why does my back pop?", load: () => import("../explain/WhyItPopsRoute") },
  { path: "/explain/help", title: "When to get help", load: () => import("../explain/WhenToGetHelpRoute") },
  { path: "/settings", title: "Settings", load: () => import("./settings/SettingsRoute") },
  { path: "/journal", title: "Your journal", load: () => import("../journal/JournalRoute") },
  { path: "/check-in", title: "Quick check-in", load: () => import("../journal/CheckInRoute") },
  { path: "/plan", title: "Your plan", load: () => import("../plan/PlanRoute") },
  { path: "/account", title: "Account and sync", load: () => import("../account/AccountRoute") },
  { path: "/summary", title: "Visit summary", load: () => import("../summary/SummaryRoute") },
  {
    path: "/share",
    title: "Share with my physical therapist or physician",
    load: () => import("../share/ShareRoute"),
  },
  { path: "/shared/:token", title: "Shared record (read-only)", load: () => import("../share/SharedRoute") },
  { path: "/sources", title: "Sources", load: () => import("../sources/SourcesRoute") },
];
