/** The app's one plan store, over the device's record. */
import { store } from "../storage/store";
import { createPlanStore } from "./plan-store";

export const planStore = createPlanStore(store.db);
