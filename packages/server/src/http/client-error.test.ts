import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore, type TestStore, testApp } from "../../test-support/test-app";

function sendRaw(port: number, bytes: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port }, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", text = ""] = Buffer.concat(chunks).toString("utf8").split("\r\n\r\n", 2);
      resolve({ status: Number(head.split(" ")[1]), body: JSON.parse(text) });
    });
  });
}

describe("requests too malformed for any route", () => {
  let store: TestStore;
  let port: number;
  let close: () => Promise<void>;
  beforeAll(async () => {
    store = await openTestStore("pglite");
    const app = await testApp(store.database);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    port = typeof address === "object" && address ? address.port : 0;
    close = async () => {
      await app.close();
      await store.close();
    };
  });
  afterAll(async () => {
    await close();
  });

  it("answers a garbage request line with 400 malformed_request", async () => {
    const { status, body } = await sendRaw(port, "NOT HTTP AT ALL\r\n\r\n");
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: "malformed_request", message: "The request is not valid HTTP." } });
  });

  it("answers headers over the limit with 431 headers_too_large", async () => {
    const { status, body } = await sendRaw(
      port,
      `GET /healthz HTTP/1.1\r\nHost: limber\r\nX-Padding: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(status).toBe(431);
    expect((body as { error: { code: string } }).error.code).toBe("headers_too_large");
  });
});
