/**
 * `npx tsx bench/attacks.ts`: issue 17's attacks repeated against a real `limber serve` (sources, through
 * tsx) on PGlite, and on PostgreSQL when LIMBER_TEST_DATABASE_URL is set. Loopback only, bounded in count
 * and time (the machine is shared): each family runs for seconds, not minutes, at a fraction of the probe's
 * volume. A bystander asks /healthz every 25 ms throughout. Prints, per backend and family: answers of 500,
 * the bystander's p99, settled RSS before and after; and checks every acknowledged journal write is stored exactly
 * once. Writes bench/results/attacks.json.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { type ChildServer, startChildServer } from "../packages/cli/test-support/child-server";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "packages/cli/bin/limber.js");
const PASSWORD = "correct horse battery staple";
const STALLED = Number(process.env.LIMBER_ATTACK_STALLED ?? 2_000);

type Answer = { status: number; text: string; headers: Headers };
type Family = { name: string; run(ctx: Context): Promise<Record<string, unknown>> };
type Context = { url: string; port: number; pid: number; owner: Session; count500(status: number): void };

/** A new person, signed up with an invite from the owner (the server runs with sign-up by invitation). */
async function invited({ url, owner }: Context): Promise<Session> {
  const invite = await call(url, "/api/invites", { method: "POST", body: "{}", cookie: owner.cookie });
  return signUp(url, { inviteCode: (JSON.parse(invite.text) as { code: string }).code });
}
type Session = { cookie: string; email: string };

async function call(
  url: string,
  path: string,
  init: RequestInit & { cookie?: string } = {},
): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  if (init.cookie) headers.set("cookie", init.cookie);
  const response = await fetch(`${url}${path}`, { ...init, headers, signal: AbortSignal.timeout(180_000) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

async function signUp(url: string, extra: Record<string, unknown> = {}): Promise<Session> {
  const email = `attack-${randomUUID().slice(0, 8)}@example.test`;
  const response = await fetch(`${url}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, ...extra }),
  });
  if (response.status !== 201)
    throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { cookie, email };
}

/**
 * The bystander's loop, on a thread of its own: another person's device, whose timings must not include this
 * process's own work of sending an attack (62 bodies at once, 2,000 sockets). It asks /healthz every 25 ms
 * and answers "take" with the samples since the last one.
 */
const BYSTANDER = `
const { parentPort, workerData } = require("node:worker_threads");
let samples = [];
let running = true;
parentPort.on("message", (message) => {
  if (message === "take") { parentPort.postMessage(samples); samples = []; }
  if (message === "stop") running = false;
});
(async () => {
  while (running) {
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(workerData.url + "/healthz", { signal: AbortSignal.timeout(10000) });
      await response.arrayBuffer();
      status = response.status;
    } catch {}
    samples.push({ ms: performance.now() - started, status });
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  parentPort.postMessage("stopped");
  parentPort.close();
})();
`;

type Sample = { ms: number; status: number };

/** /healthz every 25 ms from its own thread; latencies in ms. */
function bystander(url: string) {
  const worker = new Worker(BYSTANDER, { eval: true, workerData: { url } });
  const next = () => new Promise<unknown>((resolve) => worker.once("message", resolve));
  return {
    async take() {
      const answer = next();
      worker.postMessage("take");
      const taken = (await answer) as Sample[];
      const sorted = taken.map((sample) => sample.ms).sort((a, b) => a - b);
      const p = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
      return {
        samples: sorted.length,
        p50Ms: round(p(0.5)),
        p99Ms: round(p(0.99)),
        failures: taken.filter((sample) => sample.status === 0).length,
        statuses500: taken.filter((sample) => sample.status >= 500).length,
      };
    },
    async stop() {
      const stopped = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage("stop");
      await stopped;
    },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

function openSocket(port: number, localAddress: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port, localAddress }, () => resolve(socket));
    socket.on("error", () => resolve(undefined));
  });
}

const FAMILIES: Family[] = [
  {
    name: "1 stalled bodies",
    async run({ port, pid }) {
      const openFiles = () => readdirSync(`/proc/${pid}/fd`).length;
      const filesBefore = openFiles();
      const sockets = (
        await Promise.all(Array.from({ length: STALLED }, () => openSocket(port, "127.0.0.2")))
      ).filter((socket): socket is Socket => socket !== undefined);
      let closed = 0;
      for (const socket of sockets) {
        socket.on("close", () => closed++);
        socket.on("error", () => {});
        socket.write(
          "POST /api/auth/login HTTP/1.1\r\nHost: limber\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const serverFilesWhileHeld = openFiles();
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      const stillOpen = sockets.length - closed;
      const serverFilesAfter = openFiles();
      for (const socket of sockets) socket.destroy();
      // "still open" is the client's view: it includes connections the kernel has not yet handed to the server.
      return {
        attempted: STALLED,
        connected: sockets.length,
        serverOpenFiles: { before: filesBefore, whileHeld: serverFilesWhileHeld, after23s: serverFilesAfter },
        clientStillOpenAfter23s: stillOpen,
      };
    },
  },
  {
    name: "2 sign-in guessing",
    async run({ url, owner, count500 }) {
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          call(url, "/api/auth/login", {
            method: "POST",
            body: JSON.stringify({ email: owner.email, password: "wrong password guess" }),
          }),
        ),
      );
      for (const answer of answers) count500(answer.status);
      return {
        tries: 40,
        checked: answers.filter((a) => a.status === 401).length,
        limited: answers.filter((a) => a.status === 429).length,
      };
    },
  },
  {
    name: "3 one invite, sixteen sign-ups",
    async run({ url, owner, count500 }) {
      const invite = await call(url, "/api/invites", { method: "POST", body: "{}", cookie: owner.cookie });
      const code = (JSON.parse(invite.text) as { code: string }).code;
      const answers = await Promise.all(
        Array.from({ length: 16 }, () =>
          call(url, "/api/auth/signup", {
            method: "POST",
            body: JSON.stringify({
              email: `inv-${randomUUID().slice(0, 8)}@example.test`,
              password: PASSWORD,
              inviteCode: code,
            }),
          }),
        ),
      );
      for (const answer of answers) count500(answer.status);
      return {
        created: answers.filter((a) => a.status === 201).length,
        refused: answers.filter((a) => a.status === 403).length,
      };
    },
  },
  {
    name: "4 weak long passwords",
    async run({ url, owner, count500 }) {
      const answers = await Promise.all(
        Array.from({ length: 62 }, () =>
          call(url, "/api/auth/password", {
            method: "POST",
            cookie: owner.cookie,
            body: JSON.stringify({
              currentPassword: "wrong current password",
              newPassword: "password".repeat(16),
            }),
          }),
        ),
      );
      for (const answer of answers) count500(answer.status);
      const statuses: Record<string, number> = {};
      for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      return { requests: 62, statuses };
    },
  },
  {
    name: "5 journal flood, then assessments",
    async run(ctx) {
      const { url, count500 } = ctx;
      const writer = await invited(ctx);
      const acknowledged = new Set<string>();
      let limited = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = 0; i < 100; i++) {
            const id = randomUUID();
            const at = new Date(Date.now() - Math.floor(Math.random() * 6 * 86_400_000)).toISOString();
            const answer = await call(url, "/api/journal/events", {
              method: "POST",
              cookie: writer.cookie,
              body: JSON.stringify({ type: "adjust-urge", id, at }),
            });
            count500(answer.status);
            if (answer.status === 201 || answer.status === 200) acknowledged.add(id);
            if (answer.status === 429) limited++;
          }
        }),
      );
      const assessments = await Promise.all(
        Array.from({ length: 4 }, () =>
          call(url, "/api/journal/assessment?timeZone=Europe/London", { cookie: writer.cookie }),
        ),
      );
      for (const answer of assessments) count500(answer.status);
      const exported = await call(url, "/api/export", { cookie: writer.cookie });
      const ids = (JSON.parse(exported.text) as { events: { id: string }[] }).events.map((event) => event.id);
      const stored = new Set(ids);
      const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
      return {
        attempted: 800,
        acknowledged: acknowledged.size,
        limited,
        lost,
        duplicated: ids.length - stored.size,
      };
    },
  },
  {
    name: "6 share withdrawn mid-download",
    async run(ctx) {
      const { url, count500 } = ctx;
      const person = await invited(ctx);
      for (let i = 0; i < 100; i++) {
        const answer = await call(url, "/api/journal/events", {
          method: "POST",
          cookie: person.cookie,
          body: JSON.stringify({
            type: "adjust-urge",
            id: randomUUID(),
            at: new Date(Date.now() - i * 60_000).toISOString(),
          }),
        });
        count500(answer.status);
      }
      const created = await call(url, "/api/shares", {
        method: "POST",
        cookie: person.cookie,
        body: JSON.stringify({ expiresInDays: 1 }),
      });
      const { token, share } = JSON.parse(created.text) as { token: string; share: { id: string } };
      await call(url, `/api/shares/${share.id}`, { method: "DELETE", cookie: person.cookie, body: "{}" });
      const after = await call(url, "/api/shared/record", { headers: { authorization: `Bearer ${token}` } });
      count500(after.status);
      return { readAfterWithdrawal: after.status };
    },
  },
  {
    name: "7 bounded answers",
    async run({ url, owner, count500 }) {
      const body: Record<string, string> = { email: "x@example.test", password: PASSWORD };
      for (let i = 0; i < 9_000; i++) body[`unknown_key_${i}`] = "v";
      const answers = [
        await call(url, "/api/auth/signup", { method: "POST", body: JSON.stringify(body) }),
        await call(url, `/api/${"p".repeat(15_000)}`),
        await call(url, `/api/journal/assessment?timeZone=${"Z".repeat(7_000)}`, { cookie: owner.cookie }),
      ];
      for (const answer of answers) count500(answer.status);
      return { largestErrorBodyBytes: Math.max(...answers.map((a) => Buffer.byteLength(a.text))) };
    },
  },
  {
    name: "8 Expect: bogus",
    async run({ port }) {
      const raw = await new Promise<string>((resolve) => {
        const socket = connect({ host: "127.0.0.1", port }, () =>
          socket.write("GET /healthz HTTP/1.1\r\nHost: limber\r\nExpect: bogus\r\n\r\n"),
        );
        const chunks: Buffer[] = [];
        socket.on("data", (chunk) => chunks.push(chunk));
        socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
        socket.on("error", () => resolve(""));
      });
      return {
        status: Number(raw.split(" ")[1]),
        inErrorShape: raw.includes('"code":"expectation_failed"'),
        securityHeaders: /x-content-type-options: nosniff/i.test(raw),
      };
    },
  },
];

async function outageFamily(adminUrl: string, database: string, ctx: Context) {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  const statuses: Record<string, number> = {};
  let running = true;
  const load = (async () => {
    while (running) {
      const answer = await call(ctx.url, "/api/journal/events", {
        method: "POST",
        cookie: ctx.owner.cookie,
        body: JSON.stringify({ type: "adjust-urge", id: randomUUID(), at: new Date().toISOString() }),
      }).catch(() => ({ status: 0 }) as Answer);
      ctx.count500(answer.status);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const terminate = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`;
  for (const [broken, repaired] of [
    [
      `ALTER DATABASE ${database} SET default_transaction_read_only = on`,
      `ALTER DATABASE ${database} RESET default_transaction_read_only`,
    ],
    [
      `ALTER DATABASE ${database} ALLOW_CONNECTIONS false`,
      `ALTER DATABASE ${database} ALLOW_CONNECTIONS true`,
    ],
  ] as const) {
    await admin(broken);
    await admin(terminate);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await admin(repaired);
    await admin(terminate);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  running = false;
  await load;
  const recovered = await call(ctx.url, "/readyz");
  return { statuses, recoveredWithoutRestart: recovered.status === 200 };
}

/**
 * RSS once it has stopped moving: sampled every 500 ms until two samples in a row differ by under 1%
 * (at most 10 s), so a family is not charged for garbage its predecessor had not yet returned.
 */
async function settledRss(server: ChildServer): Promise<number> {
  let previous = server.rssMiB();
  for (let waited = 0; waited < 10_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const current = server.rssMiB();
    if (Math.abs(current - previous) / previous < 0.01) return current;
    previous = current;
  }
  return previous;
}

/**
 * Every family, then the journal flood again; or LIMBER_ATTACK_FAMILIES="5,5,5": those families, in that
 * order (repeats show a plateau).
 */
function chosenFamilies(all: Family[]): Family[] {
  const chosen = process.env.LIMBER_ATTACK_FAMILIES?.split(",");
  // The journal flood once more at the end: a leak would grow again; a working set comes back to its size.
  if (!chosen) return [...all, ...all.filter((family) => family.name.startsWith("5 "))];
  return chosen.map((number) => {
    const family = all.find((candidate) => candidate.name.startsWith(`${number} `));
    if (!family) throw new Error(`no attack family ${number}`);
    return family;
  });
}

async function runBackend(backend: "pglite" | "postgres") {
  const dataDir = mkdtempSync(join(tmpdir(), "limber-attack-"));
  const adminUrl = process.env.LIMBER_TEST_DATABASE_URL;
  const dbName = `limber_attack_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
  let databaseUrl: string | undefined;
  if (backend === "postgres" && adminUrl) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${dbName}`);
    await client.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const server: ChildServer = await startChildServer({
    args: [CLI, "serve", "--port", "0", "--data", dataDir],
    env: { LIMBER_LOG_LEVEL: "warn", LIMBER_SIGNUP: "invite" },
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    readyTimeoutMs: 300_000,
  });
  const results: Record<string, unknown> = {};
  let total500 = 0;
  let rssAtStart = 0;
  try {
    const port = Number(new URL(server.url).port);
    const owner = await signUp(server.url);
    const watcher = bystander(server.url);
    const ctx: Context = {
      url: server.url,
      port,
      pid: server.pid,
      owner,
      count500: (status) => {
        if (status >= 500 && status !== 503) total500++;
      },
    };
    const all = [...FAMILIES];
    if (databaseUrl && adminUrl)
      all.push({
        name: "9 database unavailable (read-only, closed)",
        run: (c) => outageFamily(adminUrl, dbName, c),
      });
    const families = chosenFamilies(all);
    rssAtStart = round(await settledRss(server));
    for (const family of families) {
      const rssBefore = round(await settledRss(server));
      const started = performance.now();
      const figures = await family.run(ctx);
      const rssAfter = round(await settledRss(server));
      const healthz = await watcher.take();
      const key = family.name in results ? `${family.name} (again)` : family.name;
      results[key] = {
        ...figures,
        seconds: round((performance.now() - started) / 1000),
        bystanderHealthz: healthz,
        rssMiB: {
          before: rssBefore,
          after: rssAfter,
          change: `${round(((rssAfter - rssBefore) / rssBefore) * 100)}%`,
          // RSS rises and falls by 10-30% as V8 and malloc return memory late; the start of the attacks is
          // the steadier reference, and a family repeated at the end shows whether memory keeps growing.
          changeFromStart: `${round(((rssAfter - rssAtStart) / rssAtStart) * 100)}%`,
        },
      };
      console.log(`${backend} ${key}: ${JSON.stringify(results[key])}`);
    }
    await watcher.stop();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl && adminUrl) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await client.end();
    }
  }
  return { answersOf500: total500, rssMiBAtStart: rssAtStart, families: results };
}

const backends = (process.env.LIMBER_TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"]).filter(
  (backend) => process.env.LIMBER_ATTACK_BACKENDS?.split(",").includes(backend) ?? true,
) as ("pglite" | "postgres")[];
const report: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  note: "Short, bounded runs on a machine shared with other agents (2 cores); loopback only.",
  loadAverageAtStart: loadavg().map(round),
  stalledConnections: STALLED,
};
for (const backend of backends) {
  report[backend] = await runBackend(backend);
  writeFileSync(join(ROOT, "bench/results/attacks.json"), `${JSON.stringify(report, null, 2)}\n`);
}
console.log("wrote bench/results/attacks.json");
