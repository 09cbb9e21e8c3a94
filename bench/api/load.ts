/** Drives one route with autocannon from this process and reduces the result to the figures we report. */
import autocannon from "autocannon";

export type LoadOptions = {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Builds a fresh body per request (for example a new event id, so every write is a new row). */
  readonly body?: () => string;
  readonly connections: number;
  readonly durationSeconds: number;
};

export type LoadFigures = {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
};

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const makeBody = options.body;
  const result = await autocannon({
    url: `${options.url}${options.path}`,
    method: options.method ?? "GET",
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers ?? {},
    ...(makeBody === undefined
      ? {}
      : { requests: [{ setupRequest: (request) => ({ ...request, body: makeBody() }) }] }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
