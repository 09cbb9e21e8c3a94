/**
 * Deleting an account while its own writes are still in flight (a second tab, a phone syncing its outbox):
 * those writes (journal events, screenings) may fail, but as a 4xx a client can act on, never a 500; and
 * another person's writes in the same moment (the same group-commit batch) are all stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiResponse } from "../test-support/api-client";
import { expectErrorBody } from "../test-support/error-body";
import { checkIn, PASSWORD } from "../test-support/journal-events";
import { readWholeJournal } from "../test-support/journal-pages";
import { SELF_CARE_ANSWERS } from "../test-support/screening-answers";
import { type AppHarness, openApp } from "../test-support/test-app";
import { backends } from "../test-support/test-database";

const ROUNDS = 6;
const WRITES_EACH_SIDE = 20;

describe.each(backends())("deleting an account during its writes on %s", (backend) => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await openApp(backend);
    await app.signedUp("owner");
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers the leaving person's racing writes without a 5xx and stores every write of the other", async () => {
    const leaving: ApiResponse[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const person = await app.signedUp("leaving");
      const other = await app.signedUp("staying");
      const write = (who: typeof person) =>
        who.request({ method: "POST", path: "/api/journal/events", body: checkIn() });
      const screen = () =>
        person.request({ method: "POST", path: "/api/screenings", body: { answers: SELF_CARE_ANSWERS } });
      const screenings = Array.from({ length: 5 }, screen);
      const before = Array.from({ length: WRITES_EACH_SIDE }, () => [write(person), write(other)]).flat();
      const deletion = person.request({
        method: "DELETE",
        path: "/api/account",
        body: { password: PASSWORD },
      });
      const after = Array.from({ length: WRITES_EACH_SIDE }, () => [write(person), write(other)]).flat();
      const answers = await Promise.all([...before, ...after]);
      expect((await deletion).status).toBe(204);
      answers.forEach((answer, index) => {
        if (index % 2 === 0) leaving.push(answer);
        else expect(answer.status, answer.text).toBe(201);
      });
      expect(await readWholeJournal(other)).toHaveLength(2 * WRITES_EACH_SIDE);
      leaving.push(...(await Promise.all([...screenings, ...Array.from({ length: 5 }, screen)])));
    }
    for (const answer of leaving) {
      expect(answer.status, `${answer.status} ${answer.text}`).toBeLessThan(500);
      if (answer.status >= 400) expectErrorBody(answer);
    }
  }, 120_000);
});
