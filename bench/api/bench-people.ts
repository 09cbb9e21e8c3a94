/** People for the scale and soak benchmarks: sign-up, sign-in and the signed-in person's id, over HTTP. */
import { randomUUID } from "node:crypto";

export type BenchPerson = {
  readonly email: string;
  readonly password: string;
  readonly id: string;
  cookie: string;
};

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair.includes("session"))
    .join("; ");

export async function signUpPerson(url: string, label: string): Promise<BenchPerson> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.test`;
  // A long random passphrase: the password policy refuses common and guessable ones.
  const password = `limber ${randomUUID()} bench`;
  const response = await fetch(`${url}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 201)
    throw new Error(`signup answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { user: { id: string } };
  return { email, password, id: body.user.id, cookie: cookieOf(response) };
}

/** Signs in again (a new session); returns the status, and keeps the new cookie on success. */
export async function signIn(url: string, person: BenchPerson): Promise<number> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  await response.arrayBuffer();
  if (response.status === 200) person.cookie = cookieOf(response);
  return response.status;
}
