/**
 * Issue 17, finding 1: a request that sends its headers and part of its body, then stalls, must not hold
 * its connection (and a file handle) forever, and one client address must not take every connection.
 * Over real sockets, with short limits so the test is quick (the defaults are in docs/server.md).
 */
import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore, type TestStore, testApp } from "../test-support/test-app";

const LIMITS = {
  requestTimeoutMs: 1_500,
  headersTimeoutMs: 1_000,
  keepAliveTimeoutMs: 1_000,
  idleTimeoutMs: 3_000,
  checkIntervalMs: 250,
  maxConnections: 1_000,
  maxConnectionsPerAddress: 5,
};

/** Resolves with everything the server sent once it closes the connection, or "still open" after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<string> {
  const chunks: Buffer[] = [];
  socket.on("data", (chunk) => chunks.push(chunk));
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("still open"), ms);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
  });
}

function open(port: number, localAddress = "127.0.0.1"): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port, localAddress }, () => resolve(socket));
    socket.on("error", (error) => (socket.connecting ? reject(error) : undefined));
  });
}

describe("issue 17 finding 1: connections have limits", () => {
  let store: TestStore;
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    store = await openTestStore("pglite");
    app = await testApp(store.database, { http: LIMITS });
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("finding 1: a stalled body is answered 408 in the error shape (or closed), not held open", async () => {
    const socket = await open(port);
    socket.write(
      "POST /api/auth/login HTTP/1.1\r\nHost: limber\r\nContent-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"email":',
    );
    const answer = await closedWithin(socket, 10_000);
    expect(answer).not.toBe("still open");
    if (answer !== "") {
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toMatch(/"code":"request_timeout"/);
    }
  });

  it("finding 1: headers that never finish are closed too", async () => {
    const socket = await open(port);
    socket.write("GET /healthz HTTP/1.1\r\nHost: limber\r\nX-Slow: ");
    expect(await closedWithin(socket, 10_000)).not.toBe("still open");
  });

  it("finding 1: one address holding connections cannot take another's; its extra connections are closed", async () => {
    // 127.0.0.2 is loopback too, but another client address.
    const held = await Promise.all(Array.from({ length: 12 }, () => open(port, "127.0.0.2")));
    const closed = await Promise.all(held.map((socket) => closedWithin(socket, 800)));
    const stillOpen = closed.filter((answer) => answer === "still open").length;
    expect(stillOpen).toBeLessThanOrEqual(LIMITS.maxConnectionsPerAddress);
    expect(stillOpen).toBeGreaterThan(0);
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    for (const socket of held) socket.destroy();
  });
});
