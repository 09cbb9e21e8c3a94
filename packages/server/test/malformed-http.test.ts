/**
 * Requests so malformed that Node's HTTP parser refuses them before any route runs (a header block over the
 * size limit, a garbage request line) still get a 4xx in the API's one error shape, over a real socket.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer } from "../../cli/test-support/child-server";
import type { ApiResponse } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";

/** Sends raw bytes and reads the whole answer; the server closes the connection after a client error. */
function sendRaw(url: string, bytes: string): Promise<ApiResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const [head = "", text = ""] = raw.split("\r\n\r\n", 2);
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const at = line.indexOf(":");
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(statusLine.split(" ")[1]), headers, setCookies: [], text, json });
    });
  });
}

describe("malformed HTTP sent to limber serve", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-raw-"));
  let server: ChildServer;
  beforeAll(async () => {
    server = await startChildServer({ dataDir });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers a header block over the size limit with a 4xx in the error shape", async () => {
    const response = await sendRaw(
      server.url,
      `GET /api/questionnaire HTTP/1.1\r\nHost: limber\r\nX-Padding: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expectErrorBody(response);
  });

  it("answers a garbage request line with 400 in the error shape", async () => {
    const response = await sendRaw(server.url, "NOT HTTP AT ALL\r\n\r\n");
    expect(response.status).toBe(400);
    expectErrorBody(response);
  });

  it("keeps serving after both", async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
