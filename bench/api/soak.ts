/**
 * The soak (issue 9, item 1): one `limber serve` under a mixed workload for 10 minutes (sign-ins, journal
 * writes, deletions and pulls, stored and stateless assessments in odd time zones and odd letter cases,
 * exports, bad input), sampling the server's resident memory every 5 s. Memory should be flat: the end
 * within 10% of the start (taken after one minute of warm-up; the idle figure before any load is the
 * baseline of the run).
 */
import { randomUUID } from "node:crypto";
import type { ChildServer } from "../../packages/cli/test-support/child-server";
import { type BenchPerson, signIn, signUpPerson } from "./bench-people";
import { type Latency, latency } from "./scale";

export type SoakFigures = {
  readonly seconds: number;
  readonly workers: number;
  readonly rssMiB: {
    readonly idle: number;
    readonly start: number;
    readonly middle: number;
    readonly end: number;
    readonly max: number;
    readonly series: { readonly atSeconds: number; readonly rssMiB: number }[];
  };
  readonly endVsStart: number;
  /**
   * Each minute's lowest, median and highest sample (first, middle, last minute): memory swings with the
   * garbage collector and each export's pages, so a single sample says little; a leak raises the floor.
   */
  readonly minutes: Record<"first" | "middle" | "last", { min: number; median: number; max: number }>;
  readonly medianLastVsFirst: number;
  readonly requests: Record<string, Latency & { readonly statuses: Record<string, number> }>;
};

const ZONES = [
  "Pacific/Chatham",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Australia/Lord_Howe",
  "Pacific/Kiritimati",
  "Pacific/Marquesas",
  "Asia/Kolkata",
  "Etc/GMT+12",
  "Europe/London",
  "UTC",
];
const ALL_ZONES = Intl.supportedValuesOf("timeZone");

/** A zone in a random letter case half the time: the server must not keep one cache entry per spelling. */
function oddZone(): string {
  const zone = Math.random() < 0.5 ? pick(ZONES) : pick(ALL_ZONES);
  if (Math.random() < 0.5) return zone;
  return [...zone].map((c) => (Math.random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join("");
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

function event(nowMs: number): Record<string, unknown> {
  const at = new Date(nowMs - Math.floor(Math.random() * 6 * 86_400_000)).toISOString();
  const kind = pick(["check-in", "check-in", "session", "adjust-urge"]);
  if (kind === "check-in")
    return {
      type: kind,
      id: randomUUID(),
      at,
      stiffness: Math.floor(Math.random() * 11),
      pain: 2,
      symptoms: [],
      note: "soak",
    };
  if (kind === "session")
    return {
      type: kind,
      id: randomUUID(),
      at,
      technique: "supine-spinal-twist",
      outcome: pick(["completed", "abandoned"]),
    };
  return { type: kind, id: randomUUID(), at };
}

type Action = {
  readonly name: string;
  readonly weight: number;
  run(url: string, person: BenchPerson): Promise<number>;
};

async function call(url: string, person: BenchPerson, path: string, init: RequestInit = {}): Promise<number> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: {
      cookie: person.cookie,
      ...(init.body ? { "content-type": "application/json" } : {}),
      ...init.headers,
    },
  });
  // Read to the end (exports stream): what a client does, and what keeps the connection reusable.
  if (response.body) for await (const _ of response.body);
  return response.status;
}

const written = new Map<string, string[]>();

const ACTIONS: Action[] = [
  { name: "session check", weight: 20, run: (url, p) => call(url, p, "/api/auth/session") },
  {
    name: "journal write",
    weight: 28,
    async run(url, p) {
      const body = event(Date.now());
      const status = await call(url, p, "/api/journal/events", {
        method: "POST",
        body: JSON.stringify(body),
      });
      if (status === 201) written.set(p.id, [...(written.get(p.id) ?? []).slice(-50), body.id as string]);
      return status;
    },
  },
  {
    name: "stored assessment",
    weight: 20,
    run: (url, p) => call(url, p, `/api/journal/assessment?timeZone=${encodeURIComponent(oddZone())}`),
  },
  {
    name: "stateless assessment",
    weight: 8,
    run: (url, p) =>
      call(url, p, "/api/journal/assessment", {
        method: "POST",
        body: JSON.stringify({
          timeZone: oddZone(),
          now: new Date().toISOString(),
          events: Array.from({ length: 60 }, () => event(Date.now())),
        }),
      }),
  },
  {
    name: "pull (events and deletions)",
    weight: 6,
    async run(url, p) {
      const events = await call(url, p, "/api/journal/events?limit=200");
      return events === 200 ? call(url, p, "/api/journal/deletions?limit=200") : events;
    },
  },
  {
    name: "deletion",
    weight: 5,
    async run(url, p) {
      const id = written.get(p.id)?.shift();
      if (!id) return call(url, p, "/api/auth/session");
      return call(url, p, `/api/journal/events/${id}`, { method: "DELETE", body: "{}" });
    },
  },
  { name: "export json", weight: 4, run: (url, p) => call(url, p, "/api/export") },
  { name: "export fhir", weight: 2, run: (url, p) => call(url, p, "/api/export/fhir") },
  {
    name: "bad input (400 expected)",
    weight: 3,
    run: (url, p) =>
      call(url, p, "/api/journal/events", {
        method: "POST",
        body: JSON.stringify({
          type: "check-in",
          id: "nope",
          at: "yesterday",
          stiffness: 99,
          pain: -1,
          symptoms: ["x"],
        }),
      }),
  },
  { name: "sign-in", weight: 1, run: (url, p) => signIn(url, p) },
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, action) => sum + action.weight, 0);

function chooseAction(): Action {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const action of ACTIONS) {
    roll -= action.weight;
    if (roll < 0) return action;
  }
  return ACTIONS[0] as Action;
}

export async function runSoak(
  server: ChildServer,
  seconds: number,
  workers: number,
  log: (line: string) => void,
): Promise<SoakFigures> {
  const idle = server.rssMiB();
  const people: BenchPerson[] = [];
  for (let i = 0; i < workers; i++) people.push(await signUpPerson(server.url, `soak-${i}`));
  const samples = new Map<string, number[]>();
  const statuses = new Map<string, Record<string, number>>();
  const series: { atSeconds: number; rssMiB: number }[] = [];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const sampler = setInterval(() => {
    const point = { atSeconds: Math.round(elapsed()), rssMiB: server.rssMiB() };
    series.push(point);
    if (point.atSeconds % 60 === 0) log(`  soak ${point.atSeconds}s: RSS ${point.rssMiB.toFixed(0)} MiB`);
  }, 5_000);
  try {
    await Promise.all(
      people.map(async (person) => {
        while (elapsed() < seconds) {
          const action = chooseAction();
          const before = performance.now();
          let status: string;
          try {
            status = String(await action.run(server.url, person));
          } catch {
            status = "network error";
          }
          const ms = performance.now() - before;
          const list = samples.get(action.name) ?? [];
          list.push(ms);
          samples.set(action.name, list);
          const counts = statuses.get(action.name) ?? {};
          counts[status] = (counts[status] ?? 0) + 1;
          statuses.set(action.name, counts);
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const at = (s: number) =>
    series.reduce((best, point) =>
      Math.abs(point.atSeconds - s) < Math.abs(best.atSeconds - s) ? point : best,
    ).rssMiB;
  const minute = (from: number) => {
    const values = series
      .filter((p) => p.atSeconds >= from && p.atSeconds < from + 61)
      .map((p) => p.rssMiB)
      .sort((a, b) => a - b);
    return {
      min: values[0] ?? Number.NaN,
      median: values[Math.floor(values.length / 2)] ?? Number.NaN,
      max: values.at(-1) ?? Number.NaN,
    };
  };
  const minutes = {
    first: minute(0),
    middle: minute(Math.max(0, seconds / 2 - 30)),
    last: minute(Math.max(0, seconds - 60)),
  };
  const start = at(Math.min(60, seconds / 10));
  const end = series.at(-1)?.rssMiB ?? Number.NaN;
  return {
    seconds,
    workers,
    rssMiB: {
      idle,
      start,
      middle: at(seconds / 2),
      end,
      max: Math.max(...series.map((p) => p.rssMiB)),
      series,
    },
    endVsStart: end / start - 1,
    minutes,
    medianLastVsFirst: minutes.last.median / minutes.first.median - 1,
    requests: Object.fromEntries(
      [...samples].map(([name, values]) => [
        name,
        { ...latency(values), statuses: statuses.get(name) ?? {} },
      ]),
    ),
  };
}
