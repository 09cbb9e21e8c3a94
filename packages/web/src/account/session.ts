/**
 * Who is signed in on this device, if anyone. The app works fully without an account; signing in only
 * adds sync. The last known user is remembered so an offline start still knows whose outbox to send.
 */
import { signal } from "@preact/signals";
import type { RecordDb } from "../storage/record-db";
import { type ApiAnswer, callApi, type Fetch, isSignedOut } from "./server-api";

export type User = { readonly id: string; readonly email: string; readonly role: "owner" | "member" };
export type SignupMode = "owner-setup" | "open" | "invite";

export type AccountState =
  | { readonly status: "unknown" }
  | { readonly status: "signed-out"; readonly signup: SignupMode | null }
  | { readonly status: "signed-in"; readonly user: User; readonly confirmed: boolean };

type SessionBody = { user: User | null; signup: SignupMode };
const LAST_USER_KEY = "last-user";

export function createAccount(db: RecordDb, fetch?: Fetch) {
  const base = fetch ? { fetch } : {};
  const state = signal<AccountState>({ status: "unknown" });

  const remember = async (user: User | null) => {
    await db.write([
      user === null
        ? { op: "delete", table: "meta", key: LAST_USER_KEY }
        : { op: "put", table: "meta", key: LAST_USER_KEY, value: user },
    ]);
  };

  /** Asks the server; when it cannot be reached, trusts the last known user until the server says otherwise. */
  async function refresh(): Promise<AccountState> {
    const answer = await callApi<SessionBody>("/api/auth/session", base);
    if (answer.ok) {
      const { user, signup } = answer.body;
      await remember(user);
      state.value = user ? { status: "signed-in", user, confirmed: true } : { status: "signed-out", signup };
    } else {
      const last = (await db.read("meta", LAST_USER_KEY)) as User | undefined;
      state.value = last
        ? { status: "signed-in", user: last, confirmed: false }
        : { status: "signed-out", signup: null };
    }
    return state.value;
  }

  const signedIn = async (answer: ApiAnswer<{ user: User }>) => {
    if (answer.ok) {
      await remember(answer.body.user);
      state.value = { status: "signed-in", user: answer.body.user, confirmed: true };
    }
    return answer;
  };

  return {
    state,
    refresh,
    signUp: async (body: { email: string; password: string; inviteCode?: string }) =>
      signedIn(await callApi<{ user: User }>("/api/auth/signup", { ...base, method: "POST", body })),
    signIn: async (body: { email: string; password: string }) =>
      signedIn(await callApi<{ user: User }>("/api/auth/login", { ...base, method: "POST", body })),
    /** Ends the session on the server; this device's record stays unless the person erases it. */
    async signOut(): Promise<ApiAnswer<null>> {
      const answer = await callApi<null>("/api/auth/logout", { ...base, method: "POST" });
      if (answer.ok || isSignedOut(answer.problem)) {
        await remember(null);
        state.value = { status: "signed-out", signup: null };
      }
      return answer;
    },
    /** The server said the session is gone (401): forget the user, keep the outbox for next sign-in. */
    async sessionEnded(): Promise<void> {
      await remember(null);
      state.value = { status: "signed-out", signup: null };
    },
  };
}

export type Account = ReturnType<typeof createAccount>;
