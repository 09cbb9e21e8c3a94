import { describe, expect, it, vi } from "vitest";
import { applyUpdate, updateReady, watchForUpdates } from "./update";

function fakeWorker(state: string) {
  const listeners: (() => void)[] = [];
  return {
    state,
    postMessage: vi.fn(),
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    become(next: string) {
      this.state = next;
      for (const listener of listeners) listener();
    },
  };
}

function fakeRegistration() {
  const listeners: (() => void)[] = [];
  return {
    waiting: null as unknown,
    installing: null as unknown,
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    found(worker: unknown) {
      this.installing = worker;
      for (const listener of listeners) listener();
    },
  };
}

describe("updating the installed app", () => {
  it("offers a new version once it has installed while an older one controls the page", () => {
    updateReady.value = false;
    const registration = fakeRegistration();
    const container = { controller: {}, addEventListener: vi.fn() };
    watchForUpdates(registration as never, container as never);
    const worker = fakeWorker("installing");
    registration.found(worker);
    expect(updateReady.value).toBe(false);
    worker.become("installed");
    expect(updateReady.value).toBe(true);
    applyUpdate(container as never);
    expect(worker.postMessage).toHaveBeenCalledWith("skip-waiting");
  });

  it("offers nothing on the first install, when no older version controls the page", () => {
    updateReady.value = false;
    const registration = fakeRegistration();
    watchForUpdates(registration as never, { controller: null } as never);
    const worker = fakeWorker("installing");
    registration.found(worker);
    worker.become("installed");
    expect(updateReady.value).toBe(false);
  });
});
