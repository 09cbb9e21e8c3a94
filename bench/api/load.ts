/** Drives one route with autocannon from this process and reduces the result to the figures we report. */
import autocannon from "autocannon";

export type LoadOptions = {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Builds a fresh body per request (for example a new event id, so every write is a new row). */
  readonly body?: () => string;
  /** Headers per request, added to `headers` (for example the next of many people's session cookies). */
  readonly eachHeaders?: () => Record<string, string>;
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
  const makeHeaders = options.eachHeaders;
  const result = await autocannon({
    url: `${options.url}${options.path}`,
    method: options.method ?? "GET",
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers ?? {},
    ...(makeBody === undefined && makeHeaders === undefined
      ? {}
      : {
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                ...(makeBody === undefined ? {} : { body: makeBody() }),
                ...(makeHeaders === undefined ? {} : { headers: { ...request.headers, ...makeHeaders() } }),
              }),
            },
          ],
        }),
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
