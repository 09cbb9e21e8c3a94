import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirectoryLockedError, LOCK_FILE, lockDataDirectory } from "./data-lock";

describe("the data directory lock", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "limber-lock-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("records this process's pid and removes the file on release", () => {
    const lock = lockDataDirectory(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").split(" ")[0]).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a second holder with a message naming the directory and the running process", () => {
    const lock = lockDataDirectory(dir);
    try {
      expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
      expect(() => lockDataDirectory(dir)).toThrow(new RegExp(`${dir}.*pid ${process.pid}`));
    } finally {
      lock.release();
    }
  });

  it("refuses while another live process holds it", () => {
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    expect(() => lockDataDirectory(dir)).toThrow(`pid ${process.ppid}`);
  });

  it("takes over a lock left behind by a process that has died", () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    writeFileSync(join(dir, LOCK_FILE), dead.stdout);
    const lock = lockDataDirectory(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").split(" ")[0]).toBe(String(process.pid));
    lock.release();
  });

  it.runIf(process.platform === "linux")(
    "issue 17 finding 10: takes over a lock whose holder is a zombie (killed, not yet reaped)",
    async () => {
      // The inner shell prints its pid and exits; its parent has exec'd sleep, which never reaps it.
      const parent = spawn("sh", ["-c", "sh -c 'echo $$' & exec sleep 5"], {
        stdio: ["ignore", "pipe", "ignore"],
      });
      try {
        const zombie = await new Promise<string>((resolve) =>
          parent.stdout.once("data", (d) => resolve(String(d).trim())),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(readFileSync(`/proc/${zombie}/stat`, "utf8")).toMatch(/\) Z /);
        writeFileSync(join(dir, LOCK_FILE), zombie);
        lockDataDirectory(dir).release();
      } finally {
        parent.kill("SIGKILL");
      }
    },
  );

  it.runIf(process.platform === "linux")(
    "issue 17 finding 10: takes over a lock whose pid now belongs to another process (its start time differs)",
    () => {
      writeFileSync(join(dir, LOCK_FILE), `${process.ppid} 1`);
      lockDataDirectory(dir).release();
    },
  );

  it("knows whether it still holds the lock: not once released, nor once another process has taken it", () => {
    const lock = lockDataDirectory(dir);
    expect(lock.isHeld()).toBe(true);
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    expect(lock.isHeld()).toBe(false);
    rmSync(join(dir, LOCK_FILE));
    const again = lockDataDirectory(dir);
    again.release();
    expect(again.isHeld()).toBe(false);
  });

  it("takes over a lock file whose content is not a pid", () => {
    writeFileSync(join(dir, LOCK_FILE), "");
    lockDataDirectory(dir).release();
  });
});
