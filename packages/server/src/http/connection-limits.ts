/**
 * Limits on connections, so a client cannot hold the process's file handles: Node's request and header
 * timeouts (a stalled body is answered 408 and closed, http/client-error.ts), a keep-alive and an idle
 * timeout, a cap on open connections per process, and a cap per client address (IPv6 per /64), so one
 * client holding thousands of stalled connections leaves room for everyone else.
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";
import ipaddr from "ipaddr.js";
import type { HttpLimits, ServerSettings } from "../config/settings";
import { addressBucket } from "./address-bucket";

/** Fastify's options for its HTTP server; `http` goes to Node's createServer (the checking interval). */
export function serverTimeouts(limits: HttpLimits) {
  return {
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      connectionsCheckingInterval: limits.checkIntervalMs,
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
    },
  };
}

/** True when `address` is one of the listed proxies (addresses or CIDRs), whose connections carry many clients. */
export function isListedProxy(trust: ServerSettings["trustProxy"], address: string): boolean {
  if (!Array.isArray(trust) || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return trust.some((entry) => {
    const range = entry.includes("/") ? ipaddr.parseCIDR(entry) : ([ipaddr.process(entry), 128] as const);
    const [base, bits] = range;
    const normalBase =
      base.kind() === "ipv6" && (base as ipaddr.IPv6).isIPv4MappedAddress()
        ? (base as ipaddr.IPv6).toIPv4Address()
        : base;
    if (normalBase.kind() !== parsed.kind()) return false;
    const prefix = Math.min(bits, parsed.kind() === "ipv4" ? 32 : 128);
    return parsed.match(normalBase, prefix);
  });
}

/** Caps open connections per process and per client address; extra connections are closed at once. */
export function capConnections(
  server: Server,
  limits: HttpLimits,
  trust: ServerSettings["trustProxy"],
): void {
  server.maxConnections = limits.maxConnections;
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    if (isListedProxy(trust, address)) return;
    const bucket = addressBucket(address);
    const count = (open.get(bucket) ?? 0) + 1;
    if (count > limits.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    open.set(bucket, count);
    socket.once("close", () => {
      const left = (open.get(bucket) ?? 1) - 1;
      if (left <= 0) open.delete(bucket);
      else open.set(bucket, left);
    });
  });
}
