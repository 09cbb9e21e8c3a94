/** Signs a benchmark person up on a fresh server and seeds a realistic journal for the assessment routes. */
import { randomUUID } from "node:crypto";
import { request } from "node:http";

export type BenchSession = { readonly cookie: string };

export async function signUp(url: string): Promise<BenchSession> {
  const response = await fetch(`${url}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: `bench-${randomUUID().slice(0, 8)}@example.test`,
      password: "bench password 1234",
    }),
  });
  if (response.status !== 201)
    throw new Error(`signup answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair.includes("session"))
    .join("; ");
  if (cookie === "") throw new Error("signup set no session cookie");
  return { cookie };
}

/**
 * `count` people, each signed up from its own loopback address (127.0.0.2, 127.0.0.3, ...), since sign-up
 * counts attempts per address; a few at a time, as each pays the production password hash.
 */
export async function signUpMany(url: string, count: number): Promise<BenchSession[]> {
  const sessions: BenchSession[] = [];
  for (let first = 0; first < count; first += 5) {
    const batch = Array.from({ length: Math.min(5, count - first) }, (_, i) =>
      signUpFrom(url, first + i + 2),
    );
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

function signUpFrom(url: string, lastOctet: number): Promise<BenchSession> {
  const body = JSON.stringify({
    email: `bench-${randomUUID().slice(0, 8)}@example.test`,
    password: `limber ${randomUUID()} bench`,
  });
  return new Promise((resolve, reject) => {
    const call = request(
      `${url}/api/auth/signup`,
      {
        method: "POST",
        localAddress: `127.0.0.${lastOctet}`,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
        });
        response.on("end", () => {
          const cookie = (response.headers["set-cookie"] ?? [])
            .map((line) => line.split(";")[0] ?? "")
            .filter((pair) => pair.includes("session"))
            .join("; ");
          if (response.statusCode !== 201 || cookie === "")
            reject(new Error(`signup answered ${response.statusCode}: ${text}`));
          else resolve({ cookie });
        });
      },
    );
    call.on("error", reject);
    call.end(body);
  });
}

/** A check-in with a fresh id, dated within the last week so the assessment rules look at it. */
export function freshCheckIn(nowMs = Date.now()): string {
  const at = new Date(nowMs - Math.floor(Math.random() * 6 * 86_400_000)).toISOString();
  return JSON.stringify({ type: "check-in", id: randomUUID(), at, stiffness: 3, pain: 2, symptoms: [] });
}

/** About two months of a typical journal: a check-in and a session most days, an occasional urge. */
export function typicalJournal(days: number, nowMs = Date.now()): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  for (let day = days; day >= 1; day--) {
    const morning = nowMs - day * 86_400_000;
    events.push({
      type: "check-in",
      id: randomUUID(),
      at: new Date(morning).toISOString(),
      stiffness: day % 5,
      pain: 1,
      symptoms: [],
    });
    events.push({
      type: "session",
      id: randomUUID(),
      at: new Date(morning + 600_000).toISOString(),
      technique: day % 2 === 0 ? "thoracic-foam-roll" : "supine-spinal-twist",
      outcome: "completed",
    });
    if (day % 9 === 0)
      events.push({ type: "adjust-urge", id: randomUUID(), at: new Date(morning + 3_600_000).toISOString() });
  }
  return events;
}

export async function seedJournal(
  url: string,
  session: BenchSession,
  events: readonly unknown[],
): Promise<void> {
  for (const event of events) {
    const response = await fetch(`${url}/api/journal/events`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session.cookie },
      body: JSON.stringify(event),
    });
    if (response.status !== 201)
      throw new Error(`seeding answered ${response.status}: ${await response.text()}`);
  }
}
