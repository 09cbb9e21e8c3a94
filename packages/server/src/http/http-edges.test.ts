import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestStore, TEST_SETTINGS, type TestStore, testApp } from "../../test-support/test-app";
import { TestPerson } from "../../test-support/test-person";
import { buildApp } from "../app";
import { CONTENT_SECURITY_POLICY } from "./security-headers";

describe("the HTTP edge", () => {
  let store: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openTestStore("pglite");
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    await store.reset();
    app = await testApp(store.database);
  });

  it("sends the security headers on every answer", async () => {
    for (const url of ["/", "/api/questionnaire", "/api/nothing-here"]) {
      const { headers } = await app.inject({ method: "GET", url });
      expect(headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("no-referrer");
    }
  });

  it("allows no inline script and no framing in its CSP", () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
  });

  it("marks API answers as not to be cached", async () => {
    const { headers } = await app.inject({ method: "GET", url: "/api/questionnaire" });
    expect(headers["cache-control"]).toBe("no-store");
  });

  it("refuses a mutating request that is not declared as JSON (a cross-site form) with 415", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "email=a%40b.c&password=x",
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe("unsupported_media_type");
  });

  it("refuses a body that is not valid JSON with 400 invalid_json", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/screenings",
      headers: { "content-type": "application/json" },
      payload: '{"answers": {',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_json");
  });

  it("refuses an oversized body with 413", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/screenings",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ answers: {}, padding: "x".repeat(300 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("answers unknown API paths 404 in the error shape", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nothing-here?x=1" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: "not_found", message: "There is no GET /api/nothing-here." },
    });
  });

  it("answers a failure it did not expect with 500 and no internals", async () => {
    const buggy = await testApp(store.database);
    buggy.get("/api/bug", async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'secret') at /srv/limber/x.ts:1");
    });
    const response = await buggy.inject({ method: "GET", url: "/api/bug" });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: "internal_error", message: "Something went wrong on the server; please try again." },
    });
  });

  it("answers 503 unavailable with Retry-After, not 500, when the store is closed under it", async () => {
    const broken = await openTestStore("pglite");
    const brokenApp = await testApp(broken.database);
    await broken.close();
    const response = await brokenApp.inject({
      method: "GET",
      url: "/api/screenings",
      headers: { cookie: "limber_session=x" },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers["retry-after"]).toBe("5");
    expect(response.json().error.code).toBe("unavailable");
  });

  it("publishes an OpenAPI 3.1 document listing every route with its request schema", async () => {
    const document = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/journal/events",
        "/api/journal/events/{id}",
        "/api/screenings",
        "/readyz",
      ]),
    );
    const write = document.paths["/api/journal/events"].post;
    const eventSchema = write.requestBody.content["application/json"].schema;
    expect(JSON.stringify(eventSchema)).toContain("stiffness");
    expect(write.security).toEqual([{ session: [] }]);
    const list = document.paths["/api/journal/events"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(["from", "to", "limit", "cursor"]);
  });

  it("never writes bodies, cookies, passwords or journal text into the request log", async () => {
    const lines: string[] = [];
    const loud = await buildApp({
      database: store.database,
      settings: TEST_SETTINGS,
      log: "info",
      logStream: { write: (line) => lines.push(line) },
    });
    const person = new TestPerson(loud, "secret-person@example.test", "my very secret passphrase");
    await person.signup();
    await person.request("POST", "/api/journal/events", {
      type: "check-in",
      id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
      at: "2026-11-20T08:30:00Z",
      stiffness: 4,
      pain: 2,
      symptoms: ["fever"],
      note: "private journal words",
    });
    await person.request("GET", "/api/journal/events?from=2026-11-01T00:00:00Z");
    const log = lines.join("");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(log).toContain('"route":"/api/journal/events"');
    for (const secret of [
      "secret-person",
      "my very secret passphrase",
      "private journal words",
      "fever",
      "limber_session",
      "2026-11-01",
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

const FIRST_SCREEN_CSS = "body{margin:0}.lead{font-size:1.25rem}";

describe("serving the web app", () => {
  let store: TestStore;
  let dist: string;
  beforeAll(async () => {
    store = await openTestStore("pglite");
    dist = mkdtempSync(join(tmpdir(), "limber-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(
      join(dist, "index.html"),
      `<!doctype html><style>${FIRST_SCREEN_CSS}</style><script type="module" src="/assets/app.js"></script>`,
    );
    writeFileSync(join(dist, "assets", "app.js"), "console.log('limber')");
    writeFileSync(join(dist, "sw.js"), "self.addEventListener('fetch', () => {})");
    // The web build writes compressed copies beside its text files (web's precompress plugin).
    writeFileSync(join(dist, "assets", "app.js.br"), brotliCompressSync("console.log('limber')"));
    writeFileSync(join(dist, "index.html.br"), brotliCompressSync("<!doctype html>"));
    mkdirSync(join(dist, ".vite"));
    writeFileSync(join(dist, ".vite", "manifest.json"), "{}");
  });
  afterAll(async () => {
    await store.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the page, its assets and the service worker from the same origin", async () => {
    const app = await testApp(store.database, { webDist: dist });
    expect((await app.inject({ method: "GET", url: "/" })).body).toContain("/assets/app.js");
    expect((await app.inject({ method: "GET", url: "/assets/app.js" })).statusCode).toBe(200);
    const worker = await app.inject({ method: "GET", url: "/sw.js" });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers["cache-control"]).toBe("no-cache");
  });

  it("sends a build's Brotli copy to a browser that accepts it, keeping each file's caching rule", async () => {
    const app = await testApp(store.database, { webDist: dist });
    const script = await app.inject({
      method: "GET",
      url: "/assets/app.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(script.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(script.rawPayload).toString()).toBe("console.log('limber')");
    const page = await app.inject({ method: "GET", url: "/", headers: { "accept-encoding": "br" } });
    expect(page.headers["content-encoding"]).toBe("br");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const plain = await app.inject({ method: "GET", url: "/assets/app.js" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe("console.log('limber')");
    expect(script.headers["cache-control"]).toBe(plain.headers["cache-control"]);
  });

  it("allows the build's inline first-screen style by its hash, never any inline style", async () => {
    const app = await testApp(store.database, { webDist: dist });
    const hash = createHash("sha256").update(FIRST_SCREEN_CSS).digest("base64");
    for (const url of ["/", "/journal", "/api/questionnaire"]) {
      const policy = String((await app.inject({ method: "GET", url })).headers["content-security-policy"]);
      expect(policy.split("; ")).toContain(`style-src 'self' 'sha256-${hash}'`);
      expect(policy).not.toContain("unsafe-inline");
    }
  });

  it("answers the app's own paths with index.html so a reload works", async () => {
    const app = await testApp(store.database, { webDist: dist });
    const page = await app.inject({ method: "GET", url: "/journal" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect((await app.inject({ method: "GET", url: "/missing.png" })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/api/missing" })).json().error.code).toBe("not_found");
  });

  it("serves only the build's own files: never its dot-directories or anything outside it", async () => {
    const app = await testApp(store.database, { webDist: dist });
    for (const url of ["/.vite/manifest.json", "/../package.json", "/assets/../../package.json"]) {
      const answer = await app.inject({ method: "GET", url });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.body, url).not.toBe("{}");
    }
  });

  it("explains how to build the app when there is no build, and keeps the API up", async () => {
    const app = await testApp(store.database, { webDist: join(dist, "absent") });
    const page = await app.inject({ method: "GET", url: "/" });
    expect(page.body).toContain("npm run build -w @limber/web");
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
