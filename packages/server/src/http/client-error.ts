/**
 * Requests Node's HTTP layer answers before any route runs (a garbage request line, a header block over
 * the size limit, a request that did not arrive in time, an `Expect` it does not know) still get the API's
 * one error shape and the security headers, written straight to the socket.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { ApiError } from "../errors/api-error";
import type { ErrorCode } from "../errors/catalogue";
import { STATIC_SECURITY_HEADERS } from "./security-headers";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  417: "Expectation Failed",
  431: "Request Header Fields Too Large",
};

const CODES: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: "headers_too_large",
  ERR_HTTP_REQUEST_TIMEOUT: "request_timeout",
  HPE_HEADER_TIMEOUT: "request_timeout",
};

function headerBlock(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
}

export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A connection the client already dropped, or one that cannot take an answer, is just closed.
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const apiError = new ApiError(CODES[error.code ?? ""] ?? "malformed_request");
  const body = JSON.stringify(apiError.toBody());
  socket.end(
    `HTTP/1.1 ${apiError.status} ${REASONS[apiError.status] ?? "Bad Request"}\r\n` +
      "Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n" +
      headerBlock(STATIC_SECURITY_HEADERS) +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** An `Expect` header other than 100-continue: 417 in the error shape, and the connection closed. */
export function answerExpectation(_request: IncomingMessage, response: ServerResponse): void {
  const apiError = new ApiError("expectation_failed");
  const body = JSON.stringify(apiError.toBody());
  response.writeHead(apiError.status, {
    ...STATIC_SECURITY_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    connection: "close",
  });
  response.end(body);
}
