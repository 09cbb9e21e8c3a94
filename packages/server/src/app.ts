/**
 * buildApp: the whole Limber server as a Fastify instance, over an already opened database. It never
 * listens; `limber serve` does. Tests call `app.inject()` on it.
 */
import fastifyCookie from "@fastify/cookie";
import { type Clock, systemClock } from "@limber/core/clock";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { ACCOUNT_ROUTES } from "./accounts/account-routes";
import { prepareStrengthWorker, stopStrengthWorker } from "./accounts/password-strength";
import { sessionBatchRunner } from "./accounts/session-batch";
import { configureThrottleSecret } from "./accounts/throttle-key";
import { DEFAULT_SETTINGS, type ServerSettings } from "./config/settings";
import { CONTENT_ROUTES } from "./content/content-routes";
import { EXPORT_ROUTES } from "./export/export-routes";
import { isInternalAddress } from "./http/address-bucket";
import type { AnyRoute } from "./http/api-route";
import { answerClientError, answerExpectation } from "./http/client-error";
import { capConnections, serverTimeouts } from "./http/connection-limits";
import {
  answerFrameworkError,
  installErrorHandling,
  installNotFound,
  refuseWhileClosing,
} from "./http/error-handler";
import { BODY_LIMIT_BYTES, installJsonBodies } from "./http/json-body";
import { registerRoutes } from "./http/register-routes";
import { installRequestLog, loggerOptions } from "./http/request-log";
import { contentSecurityPolicy, installSecurityHeaders } from "./http/security-headers";
import { appPageFallback, inlineStyleHashes, serveWebApp } from "./http/web-app";
import { assessmentReadRunner } from "./journal/assessment-reads";
import { journalBatchRunner } from "./journal/journal-batch";
import { JOURNAL_ROUTES } from "./journal/journal-routes";
import { openApiDocument } from "./openapi/openapi-document";
import { OPERATIONS_ROUTES } from "./operations/operations-routes";
import { CALENDAR_FEED_ROUTES } from "./plan/calendar-feed-routes";
import { PLAN_ROUTES } from "./plan/plan-routes";
import { PUSH_ROUTES } from "./reminders/push-routes";
import { startReminderLoop } from "./reminders/reminder-loop";
import { SAFETY_FACT_ROUTES } from "./safety/safety-fact-routes";
import { SCREENING_ROUTES } from "./screening/screening-routes";
import type { Services } from "./services";
import { SHARE_ROUTES } from "./shares/share-routes";
import { BatchQueue } from "./storage/batch-queue";
import type { Database } from "./storage/database";

export type AppOptions = {
  readonly database: Database;
  readonly settings?: Partial<ServerSettings>;
  /** The clock; defaults to the system time. */
  readonly clock?: Clock;
  /** A log level ("info", "warn"...) or false for none. */
  readonly log?: string | false;
  /** Where log lines go (standard output when absent). */
  readonly logStream?: { write(line: string): void };
};

export const API_ROUTES: readonly AnyRoute[] = [
  ...OPERATIONS_ROUTES,
  ...SCREENING_ROUTES,
  ...CONTENT_ROUTES,
  ...ACCOUNT_ROUTES,
  ...JOURNAL_ROUTES,
  ...SAFETY_FACT_ROUTES,
  ...EXPORT_ROUTES,
  ...SHARE_ROUTES,
  ...PLAN_ROUTES,
  ...CALENDAR_FEED_ROUTES,
  ...PUSH_ROUTES,
];

declare module "fastify" {
  interface FastifyInstance {
    limber: Services;
  }
}

/**
 * A hop count becomes "the nearest N hops are ours, if they are on a private network or loopback": a client
 * reaching the server directly from the internet is never taken for a proxy, so it cannot write the hop
 * itself. A list stays a list; nothing else is trusted.
 */
function fastifyTrustProxy(trust: ServerSettings["trustProxy"]) {
  if (trust === false) return false;
  if (typeof trust === "number") {
    return (address: string, hop: number) => hop < trust && isInternalAddress(address);
  }
  return [...trust];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const clock = options.clock ?? systemClock;
  // PGlite has one connection, so one batch at a time; PostgreSQL takes a few in parallel.
  const inFlight = options.database.kind === "pglite" ? 1 : 4;
  const services: Services = {
    database: options.database,
    settings,
    clock,
    journalWrites: new BatchQueue(
      journalBatchRunner(options.database, settings.journalQuota, clock),
      inFlight,
    ),
    sessionLookups: new BatchQueue(sessionBatchRunner(options.database, settings, clock), inFlight),
    assessmentReads: new BatchQueue(assessmentReadRunner(options.database, clock), inFlight),
  };
  configureThrottleSecret(options.database, settings.throttleSecret);
  const app = Fastify({
    logger:
      options.log === false || options.log === undefined
        ? false
        : { ...loggerOptions(options.log), ...(options.logStream ? { stream: options.logStream } : {}) },
    // Our own one-line request log (request-log.ts) replaces Fastify's, which would log headers.
    logController: new LogController({ disableRequestLogging: true }),
    // A hop count or the proxies' addresses, never `true`: the left-most X-Forwarded-For is the client's.
    trustProxy: fastifyTrustProxy(settings.trustProxy),
    bodyLimit: BODY_LIMIT_BYTES,
    // Requests that reach a closing server get our own 503 below, in the error shape with Retry-After.
    return503OnClosing: false,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    ...serverTimeouts(settings.http),
  });
  capConnections(app.server, settings.http, settings.trustProxy);
  // Node answers an `Expect` it does not know with a bare 417; ours is in the error shape.
  app.server.on("checkExpectation", answerExpectation);
  app.decorate("limber", services);
  await app.register(fastifyCookie);
  installErrorHandling(app);
  refuseWhileClosing(app);
  installJsonBodies(app);
  installSecurityHeaders(app, contentSecurityPolicy(inlineStyleHashes(settings.webDist)));
  if (options.log) {
    installRequestLog(app);
    // A death of PGlite's thread and its restart go to the server's log from now on.
    options.database.reportTo?.({
      warn: (message) => app.log.warn(message),
      error: (message) => app.log.error(message),
    });
  }
  // Made at the first request for it, not at start (issue 19: start-up time), then kept.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get("/api/openapi.json", async () => {
    document ??= openApiDocument(API_ROUTES);
    return document;
  });
  registerRoutes(app, API_ROUTES, services);
  const hasWebApp = await serveWebApp(app, settings.webDist);
  installNotFound(app, hasWebApp ? appPageFallback : undefined);
  if (settings.reminderIntervalMs !== null) startReminderLoop(app, settings.reminderIntervalMs);
  // A listening server expects sign-ups: the strength worker loads its dictionaries before the first one.
  app.addHook("onListen", async () => prepareStrengthWorker());
  // The password-strength worker's message port would keep a stopped server's process alive.
  app.addHook("onClose", stopStrengthWorker);
  return app;
}
