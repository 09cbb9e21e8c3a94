/**
 * Serves the built web app (packages/web/dist) from the same origin as the API, with its service worker.
 * Unknown non-API paths get index.html so the app's own routes work on reload. Without a build, a plain
 * page says how to make one, and the API keeps working.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Limber</title></head>
<body><h1>Limber is running</h1>
<p>The API is available under <a href="/api/openapi.json">/api/openapi.json</a>, but the web app has not been built.</p>
<p>Build it with <code>npm run build -w @limber/web</code>, or start with <code>npm start</code>, which builds it for you.</p>
</body></html>
`;

/**
 * The CSP sources ('sha256-...') of the inline styles in the build's index.html (its first screen's CSS,
 * inlined so no request delays the first paint), read once at start-up: a rebuilt app needs a restart.
 */
export function inlineStyleHashes(webDist: string | null): string[] {
  const page = webDist === null ? undefined : join(webDist, "index.html");
  if (!page || !existsSync(page)) return [];
  const html = readFileSync(page, "utf8");
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css = ""]) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`,
  );
}

/** Registers the app; true when a build was found (so unknown pages may fall back to index.html). */
export async function serveWebApp(app: FastifyInstance, webDist: string | null): Promise<boolean> {
  const hasBuild = webDist !== null && existsSync(join(webDist, "index.html"));
  if (!hasBuild) {
    app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(NO_BUILD_PAGE));
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    // One route for every file, looked up when asked. The alternative (a route per built file, found by
    // globbing dist at start) registered about 370 routes and cost 60-140 ms of every start (issue 19).
    wildcard: true,
    // As before: only the build's own files, not its .vite manifest directory (the glob skipped dotfiles).
    dotfiles: "ignore",
    index: ["index.html"],
    // The build writes .br and .gz copies beside each text file (web's precompress plugin): send those.
    preCompressed: true,
    setHeaders(response, sentPath) {
      const path = sentPath.replace(/\.(br|gz)$/, "");
      // The service worker and the page must always be fresh; hashed assets can be cached for long.
      if (path.endsWith("sw.js") || path.endsWith("index.html") || path.endsWith(".webmanifest")) {
        response.header("cache-control", "no-cache");
      } else if (path.includes(`${join("dist", "assets")}`)) {
        response.header("cache-control", "public, max-age=31536000, immutable");
      }
    },
  });
  return true;
}

/** For a path nothing else answered: the app's index.html when it is a page of the app, else undefined. */
export function appPageFallback(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split("?")[0] ?? "";
  const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
  if (request.method !== "GET" || path.startsWith("/api/") || looksLikeFile) return undefined;
  return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").sendFile("index.html");
}
