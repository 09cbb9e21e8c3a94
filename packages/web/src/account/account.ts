/** The app's one account (see session.ts), stored alongside the device's record. */
import { store } from "../storage/store";
import { createAccount } from "./session";

export const account = createAccount(store.db);
