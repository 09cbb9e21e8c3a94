/**
 * One way to talk to the API for every test: through Fastify's inject() or over real HTTP, with a cookie jar
 * per person, so the same specification runs in-process and against a spawned `limber serve`.
 */
export type ApiRequest = {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON with `Content-Type: application/json`; a string is sent as is. */
  readonly body?: unknown;
  /** The client's address as the server sees it (inject only; over HTTP it is the socket's). */
  readonly remoteAddress?: string;
};

export type ApiResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly setCookies: readonly string[];
  readonly text: string;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  readonly json: unknown;
};

export type Send = (request: ApiRequest) => Promise<ApiResponse>;

type Injectable = {
  inject(options: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: string;
    remoteAddress?: string;
  }): PromiseLike<{
    statusCode: number;
    headers: Record<string, string | string[] | number | undefined>;
    body: string;
  }>;
};

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function encode(request: ApiRequest): { headers: Record<string, string>; payload?: string } {
  const headers: Record<string, string> = { ...request.headers };
  if (request.body === undefined) return { headers };
  if (typeof request.body === "string") return { headers, payload: request.body };
  const hasType = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  if (!hasType) headers["content-type"] = "application/json";
  return { headers, payload: JSON.stringify(request.body) };
}

export function injectSend(app: Injectable): Send {
  return async (request) => {
    const { headers, payload } = encode(request);
    const response = await app.inject({
      method: request.method,
      url: request.path,
      headers,
      ...(payload === undefined ? {} : { payload }),
      ...(request.remoteAddress === undefined ? {} : { remoteAddress: request.remoteAddress }),
    });
    const flat: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      flat[name] = Array.isArray(value) ? value.join(", ") : value === undefined ? undefined : String(value);
    }
    const raw = response.headers["set-cookie"];
    const setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
    return {
      status: response.statusCode,
      headers: flat,
      setCookies,
      text: response.body,
      json: parseJson(response.body),
    };
  };
}

export function httpSend(baseUrl: string): Send {
  return async (request) => {
    const { headers, payload } = encode(request);
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
      redirect: "manual",
    });
    const text = await response.text();
    const flat: Record<string, string | undefined> = {};
    response.headers.forEach((value, name) => {
      flat[name] = value;
    });
    return {
      status: response.status,
      headers: flat,
      setCookies: response.headers.getSetCookie(),
      text,
      json: parseJson(text),
    };
  };
}

/** A person using the API: remembers their session cookie like a browser would. */
export class Person {
  private cookies = new Map<string, string>();

  constructor(
    private readonly send: Send,
    readonly email: string,
    readonly password: string,
  ) {}

  get cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(request: ApiRequest): Promise<ApiResponse> {
    const cookie = this.cookieHeader;
    const response = await this.send({
      ...request,
      headers: { ...(cookie === undefined ? {} : { cookie }), ...request.headers },
    });
    for (const line of response.setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async signup(extra: Readonly<Record<string, unknown>> = {}): Promise<ApiResponse> {
    return this.request({
      method: "POST",
      path: "/api/auth/signup",
      body: { email: this.email, password: this.password, ...extra },
    });
  }

  async login(): Promise<ApiResponse> {
    return this.request({
      method: "POST",
      path: "/api/auth/login",
      body: { email: this.email, password: this.password },
    });
  }
}
