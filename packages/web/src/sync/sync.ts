/** The app's one sync loop, over the device's record and account. */
import { account } from "../account/account";
import { store } from "../storage/store";
import { createSyncEngine } from "./sync-engine";

export const sync = createSyncEngine({ store, account });

/**
 * Called once at start-up (lazily, off the first screen's critical path): learn who is signed in, send
 * what waits, and bring in what other devices added since.
 */
export async function startSync(): Promise<void> {
  await store.ready;
  const state = await account.refresh();
  sync.start();
  if (state.status === "signed-in" && state.confirmed) {
    await sync.pullAll();
    // The plan syncs as one document: this device's copy offered, the newer kept (a failure waits for next time).
    // Its store (and the schema library its rules bring) loads only here, so a device with no account never
    // evaluates it at start-up.
    const { planStore } = await import("../plan/plan");
    await planStore.sync();
  }
}
