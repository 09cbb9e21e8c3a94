/**
 * Request logs say what happened, never what was said: method, route (the path without its query string),
 * status, response time and request id. No bodies, headers, cookies, journal text or symptoms.
 */
import type { FastifyInstance } from "fastify";

/** Fastify logger options: serializers that keep only what is safe to write down. */
export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split("?")[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** One line per request with the matched route, in place of Fastify's two default lines. */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? request.url.split("?")[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      "request",
    );
  });
}
