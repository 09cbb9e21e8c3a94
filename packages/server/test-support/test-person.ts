/** A person talking to the app through inject(), keeping their session cookie like a browser. */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { PASSWORD, uniqueEmail } from "./journal-events";

export class TestPerson {
  cookie: string | undefined;

  constructor(
    readonly app: FastifyInstance,
    readonly email = uniqueEmail(),
    readonly password = PASSWORD,
  ) {}

  async request(
    method: "GET" | "POST" | "DELETE",
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    for (const cookie of response.cookies) {
      this.cookie = cookie.value === "" || cookie.maxAge === 0 ? undefined : `${cookie.name}=${cookie.value}`;
    }
    return response;
  }

  signup(extra: Record<string, unknown> = {}) {
    return this.request("POST", "/api/auth/signup", { email: this.email, password: this.password, ...extra });
  }

  login(password = this.password) {
    return this.request("POST", "/api/auth/login", { email: this.email, password });
  }
}
