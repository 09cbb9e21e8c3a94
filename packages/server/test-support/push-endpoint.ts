/**
 * A local Web Push service for the test suite: it records every push, checks its VAPID signature (RFC 8292:
 * an ES256 JWT for the endpoint's origin, signed by the key it names) and decrypts its aes128gcm payload
 * (RFC 8291) with the subscription's own private key and auth secret, as a browser would.
 */
import { createECDH, createPublicKey, randomBytes, randomUUID, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";

type Ece = { decrypt(body: Buffer, params: Record<string, unknown>): Buffer };
const ece = createRequire(import.meta.url)("http_ece") as Ece;

export type ReceivedPush = {
  readonly path: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
};

export type TestSubscription = {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  /** Decrypts a push body with this subscription's keys. */
  decrypt(body: Buffer): string;
};

export type PushEndpoint = {
  readonly origin: string;
  readonly received: ReceivedPush[];
  /** Answer pushes to this subscription with `status` (404 or 410: the subscription is gone). */
  answer(subscription: TestSubscription, status: number): void;
  subscription(): TestSubscription;
  close(): Promise<void>;
};

export async function startPushEndpoint(): Promise<PushEndpoint> {
  const received: ReceivedPush[] = [];
  const statuses = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(statuses.get(path) ?? 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    received,
    answer(subscription, status) {
      statuses.set(new URL(subscription.endpoint).pathname, status);
    },
    subscription() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      return {
        endpoint: `${origin}/push/${randomUUID()}`,
        keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
        decrypt: (body) =>
          ece.decrypt(body, { version: "aes128gcm", privateKey: ecdh, authSecret: auth }).toString("utf8"),
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The VAPID claims of a push, after checking its ES256 signature with the public key it names. */
export function verifiedVapidClaims(push: ReceivedPush): {
  aud: string;
  exp: number;
  sub: string;
  publicKey: string;
} {
  const header = String(push.headers.authorization ?? "");
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header);
  if (!match) throw new Error(`not a VAPID authorization header: ${header.slice(0, 20)}`);
  const [, jwt = "", publicKey = ""] = match;
  const [head = "", claims = "", signature = ""] = jwt.split(".");
  const raw = Buffer.from(publicKey, "base64url");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: raw.subarray(1, 33).toString("base64url"),
      y: raw.subarray(33, 65).toString("base64url"),
    },
    format: "jwk",
  });
  const valid = verify(
    "sha256",
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!valid) throw new Error("the VAPID signature does not verify");
  if (JSON.parse(Buffer.from(head, "base64url").toString()).alg !== "ES256") throw new Error("not ES256");
  return { ...JSON.parse(Buffer.from(claims, "base64url").toString()), publicKey };
}
