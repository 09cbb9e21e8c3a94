/**
 * `limber serve [--port 8080] [--host 127.0.0.1] [--data ./limber-data]`: the main job. Opens the store
 * (PGlite, or PostgreSQL with DATABASE_URL), applies migrations, listens, prints the URL, and closes
 * cleanly on SIGINT/SIGTERM. Resolves when the server has stopped.
 */
import {
  buildApp,
  coalescedLogStream,
  type Database,
  listenForBackups,
  migrate,
  openDatabase,
  type ServerSettings,
  SettingsError,
  settingsFromEnv,
  storageFrom,
} from "@limber/server";
import type { CommandIO } from "../io";
import { EXIT, UsageError } from "../usage-error";
import type { Command } from "./command";
import { dataOption, serveOptions } from "./serve-store";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65_535) throw new UsageError(`--port must be 0 to 65535, not "${raw}"`);
  return port;
}

/** Settings from the environment; on a network address, sign-up defaults to invitation only. */
export function serveSettings(env: NodeJS.ProcessEnv, host: string): ServerSettings {
  try {
    const settings = settingsFromEnv(env);
    return env.LIMBER_SIGNUP || LOOPBACK.has(host) ? settings : { ...settings, signup: "invite" };
  } catch (error) {
    if (error instanceof SettingsError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Opens the store or explains, in one line, why it cannot (locked directory, unreachable server).
 * `meanwhile` runs with the store as soon as it exists, while PGlite is still starting on its thread and
 * migrations apply (serve builds its routes then); its result comes back with the store.
 */
export async function openStoreFor<T = undefined>(
  command: string,
  io: CommandIO,
  data: string | undefined,
  meanwhile?: (database: Database) => Promise<T>,
): Promise<{ database: Database; applied: string[]; alongside: T | undefined } | undefined> {
  try {
    const database = await openDatabase(storageFrom(io.env, data), { awaitReady: meanwhile === undefined });
    const alongside = meanwhile?.(database);
    alongside?.catch(() => {}); // awaited below, after the migrations
    try {
      const { applied } = await migrate(database);
      return { database, applied, alongside: await alongside };
    } catch (error) {
      await database.close();
      throw error;
    }
  } catch (error) {
    io.stderr.write(`limber ${command}: ${(error as Error).message}\n`);
    return undefined;
  }
}

async function openBackupSocket(database: Database, io: CommandIO) {
  try {
    return await listenForBackups(database, database.location);
  } catch (error) {
    io.stderr.write(
      `limber serve: backups while running are off (${(error as Error).message}); stop the server to back up\n`,
    );
    return undefined;
  }
}

function urlOf(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}`;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export const serveCommand: Command = {
  name: "serve",
  summary: "run the server (PGlite in ./limber-data, or PostgreSQL with DATABASE_URL)",
  async run(args, io) {
    const options = serveOptions(args);
    const port = parsePort(String(options.port ?? io.env.PORT ?? "8080"));
    const host = String(options.host ?? io.env.LIMBER_HOST ?? "127.0.0.1");
    const settings = serveSettings(io.env, host);
    const stopped = untilSignal();
    // Logs go to standard error: standard output carries only the "Limber is running at" line.
    const logStream = coalescedLogStream(process.stderr);
    let backups: Awaited<ReturnType<typeof openBackupSocket>>;
    // The routes are built, and Fastify made ready (its plugins loaded, its route schemas compiled), while
    // PGlite starts on its own thread (issue 19: start-up time).
    const store = await openStoreFor("serve", io, dataOption(options), async (database) => {
      const built = await buildApp({
        database,
        settings,
        clock: io.clock,
        log: io.env.LIMBER_LOG_LEVEL ?? "info",
        logStream,
      });
      built.addHook("onClose", async () => {
        await backups?.close();
        await database.close();
        logStream.flush();
      });
      await built.ready();
      return built;
    });
    if (!store?.alongside) return EXIT.failure;
    const { database, alongside: app } = store;
    // PGlite takes one process: `limber backup` asks this server for its snapshot (see limber backup).
    backups = database.kind === "pglite" ? await openBackupSocket(database, io) : undefined;
    try {
      await app.listen({ port, host, listenTextResolver: () => "listening" });
    } catch (error) {
      await app.close();
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr.write(
        code === "EADDRINUSE"
          ? `limber serve: port ${port} on ${host} is in use; stop the other program or choose --port\n`
          : `limber serve: cannot listen on ${host}:${port}: ${(error as Error).message}\n`,
      );
      return EXIT.failure;
    }
    const address = app.server.address();
    const boundPort = typeof address === "object" && address ? address.port : port;
    io.stdout.write(
      `Limber is running at ${urlOf(host, boundPort)} (data: ${database.kind === "pglite" ? database.location : "PostgreSQL"})\n`,
    );
    const signal = await stopped;
    io.stderr.write(`Limber is stopping (${signal})\n`);
    await app.close();
    return EXIT.ok;
  },
};
