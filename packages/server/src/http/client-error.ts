/**
 * Requests Node's HTTP parser refuses before any route runs (a garbage request line, a header block over
 * the size limit) still get the API's one error shape, written straight to the socket.
 */
import type { Socket } from "node:net";
import { ApiError } from "../errors/api-error";

const REASONS: Record<number, string> = { 400: "Bad Request", 431: "Request Header Fields Too Large" };

export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A connection the client already dropped, or one that cannot take an answer, is just closed.
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const apiError = new ApiError(
    error.code === "HPE_HEADER_OVERFLOW" ? "headers_too_large" : "malformed_request",
  );
  const body = JSON.stringify(apiError.toBody());
  socket.end(
    `HTTP/1.1 ${apiError.status} ${REASONS[apiError.status] ?? "Bad Request"}\r\n` +
      "Connection: close\r\nContent-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
