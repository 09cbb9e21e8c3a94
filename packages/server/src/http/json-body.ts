/**
 * Request bodies are JSON, and every mutating API request must say so in its Content-Type: a cross-site
 * HTML form cannot send `application/json`, so this doubles as CSRF protection alongside SameSite=Lax.
 */
import type { FastifyInstance } from "fastify";
import { ApiError } from "../errors/api-error";
import { isApiRoute } from "./security-headers";

export const BODY_LIMIT_BYTES = 256 * 1024;
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function installJsonBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    "application/json",
    { parseAs: "string", bodyLimit: BODY_LIMIT_BYTES },
    (_request, text, done) => {
      const source = typeof text === "string" ? text : text.toString("utf8");
      // An empty body is allowed (logout, invites); the route's schema decides whether it needs one.
      if (source.trim() === "") return done(null, undefined);
      try {
        done(null, JSON.parse(source));
      } catch (error) {
        done(new ApiError("invalid_json", `The request body is not valid JSON: ${(error as Error).message}`));
      }
    },
  );
  // Any other media type is refused with a clear message rather than parsed.
  app.addContentTypeParser("*", (_request, _payload, done) => done(new ApiError("unsupported_media_type")));

  // By the route that matched, not the raw URL: "/%61pi/invites" reaches /api/invites and is checked too.
  app.addHook("onRequest", async (request) => {
    if (!MUTATING.has(request.method) || !isApiRoute(request)) return;
    const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") throw new ApiError("unsupported_media_type");
  });
}
