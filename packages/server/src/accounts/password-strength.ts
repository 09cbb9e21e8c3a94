/**
 * zxcvbn's strength estimate, in one worker thread: the main thread (every other request) never waits for
 * it. Estimates run one at a time, in the password work's budget shared with scrypt (password-work.ts); at
 * most MAX_WAITING wait for it, and a request beyond that answers 429 with Retry-After, so a flood of long passwords slows only the people sending them. Only the
 * first STRENGTH_INPUT_LIMIT characters are estimated: zxcvbn's cost grows with length, and a password
 * whose first 64 characters are hard to guess is hard to guess.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SERVER_PACKAGE_ROOT } from "../config/package-root";
import { ApiError } from "../errors/api-error";
import { passwordWork } from "./password-work";

export const STRENGTH_INPUT_LIMIT = 64;
export const MAX_WAITING = 32;

export type Strength = { readonly score: number; readonly warning: string | null };

type Waiting = { resolve(strength: Strength): void; reject(error: Error): void };

const WORKER_FILE = join(SERVER_PACKAGE_ROOT, "src", "accounts", "password-strength.worker.mjs");

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;
/** Estimates asked for and not yet answered, waiting for the budget or running. */
let unanswered = 0;

function failAll(from: Worker, error: Error): void {
  if (worker !== from) return; // a worker already stopped; a newer one may be running
  for (const entry of waiting.values()) entry.reject(error);
  waiting.clear();
  worker = undefined;
}

function running(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_FILE);
  // The worker never keeps the process alive on its own.
  started.unref();
  started.on(
    "message",
    (message: { id: number; score?: number; warning?: string | null; error?: string }) => {
      const entry = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) entry?.reject(new Error(`password strength: ${message.error}`));
      else entry?.resolve({ score: message.score ?? 0, warning: message.warning ?? null });
    },
  );
  started.on("error", (error) => failAll(started, error));
  started.on("exit", () => failAll(started, new Error("password strength: the worker stopped")));
  worker = started;
  return started;
}

/**
 * Starts the worker ahead of the first estimate, so the first person to sign up does not wait while zxcvbn's
 * dictionaries load (measured at load 16: a first sign-up 9.3 s, the next ones 2.5-3.6 s).
 */
export function prepareStrengthWorker(): void {
  running();
}

/** Whether a worker is running (started by an estimate or by prepareStrengthWorker). */
export function strengthWorkerRunning(): boolean {
  return worker !== undefined;
}

/**
 * Ends the worker (the next estimate starts a new one). Call when the server stops: unref'd or not, a live
 * worker's message port can keep the process from exiting after SIGTERM.
 */
export async function stopStrengthWorker(): Promise<void> {
  const stopping = worker;
  if (!stopping) return;
  failAll(stopping, new Error("password strength: the server is stopping"));
  await stopping.terminate();
}

/** zxcvbn's score (0..4) and warning for the password's first STRENGTH_INPUT_LIMIT characters. */
export async function estimateStrength(password: string, userInputs: readonly string[]): Promise<Strength> {
  if (unanswered >= MAX_WAITING) {
    throw new ApiError(
      "rate_limited",
      "Too many passwords are being checked; try again in a few seconds.",
      undefined,
      2,
    );
  }
  const bounded = [...password].slice(0, STRENGTH_INPUT_LIMIT).join("");
  unanswered += 1;
  try {
    return await passwordWork(() => estimateNow(bounded, userInputs));
  } finally {
    unanswered -= 1;
  }
}

function estimateNow(password: string, userInputs: readonly string[]): Promise<Strength> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    running().postMessage({ id, password, userInputs: [...userInputs] });
  });
}
