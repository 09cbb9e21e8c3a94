/**
 * PGlite is single-user: a second process opening a data directory the server holds would corrupt it. So
 * while `limber serve` runs on PGlite it answers backups itself, on a Unix socket inside the data directory
 * (`admin/backup.sock`, in a directory only the server's user may enter: the same people who could read the
 * data files). `limber backup` asks there; nothing else is offered on the socket, and no HTTP route exists
 * for it. When the server is stopped, `limber backup` takes the directory's lock and reads it directly.
 */
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { createConnection, createServer, type Socket } from "node:net";
import { join } from "node:path";
import type { Database } from "../storage/database";
import { type BackupSink, writeSnapshot } from "./snapshot";

export const BACKUP_REQUEST = "backup\n";

export function backupSocketPath(dataDir: string): string {
  return join(dataDir, "admin", "backup.sock");
}

function writeTo(socket: Socket): BackupSink {
  return (text) =>
    new Promise<void>((resolve, reject) => {
      if (socket.destroyed) return reject(new Error("the backup client went away"));
      socket.write(text, (error) => (error ? reject(error) : resolve()));
    });
}

export type BackupListener = { close(): Promise<void> };

/** Serves backups of `database` on the data directory's socket until closed. Call only while holding its lock. */
export async function listenForBackups(database: Database, dataDir: string): Promise<BackupListener> {
  const directory = join(dataDir, "admin");
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  chmodSync(directory, 0o700);
  const path = backupSocketPath(dataDir);
  rmSync(path, { force: true }); // left by a server that died: we hold the lock, so it is nobody's
  // Open connections, so closing ends them too: a backup cut short by a shutdown has no trailer, and the
  // client says so, whereas waiting for a client that never hangs up would keep the server from stopping.
  const open = new Set<Socket>();
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    let request = "";
    socket.setEncoding("utf8");
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk: string) => {
      request += chunk;
      if (request.length > BACKUP_REQUEST.length) return void socket.destroy();
      if (request !== BACKUP_REQUEST) return;
      writeSnapshot(database, writeTo(socket)).then(
        () => socket.end(),
        () => socket.destroy(), // no trailer: the client sees a cut-short backup and says so
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      server.off("error", reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          rmSync(path, { force: true });
          resolve();
        });
        for (const socket of open) socket.destroy();
      }),
  };
}

/**
 * Asks the server running on `dataDir` for a backup and hands each chunk to `sink`. Resolves "no-server"
 * when no server listens there (the caller may then read the directory itself), "done" when the whole
 * backup arrived; rejects when the connection broke midway.
 */
export function requestBackup(dataDir: string, sink: BackupSink): Promise<"no-server" | "done"> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(backupSocketPath(dataDir));
    let connected = false;
    let writing: Promise<void> = Promise.resolve();
    socket.setEncoding("utf8");
    socket.on("connect", () => {
      connected = true;
      socket.write(BACKUP_REQUEST);
    });
    socket.on("data", (chunk: string) => {
      socket.pause();
      writing = writing.then(() => sink(chunk)).finally(() => socket.resume());
      writing.catch((error) => {
        socket.destroy();
        reject(error);
      });
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!connected && (error.code === "ENOENT" || error.code === "ECONNREFUSED")) resolve("no-server");
      else reject(new Error(`the server stopped sending the backup: ${error.message}`));
    });
    socket.on("end", () => {
      socket.end();
      writing.then(() => resolve("done"), reject);
    });
  });
}
