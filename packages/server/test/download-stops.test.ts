/**
 * Issue 17, finding 5: a download through a share that is withdrawn mid-stream went on to the end and
 * included a check-in written after the withdrawal; an account deleted while a download was paused still
 * completed as valid JSON with part of the entries. Now every page re-checks the share (and the account),
 * a stopped download ends without its closing bytes (an incomplete document, never a valid-looking part),
 * and a download is one snapshot: nothing written after it began is in it. Read page by page here, as a
 * paused reader would (the routes read at most one page ahead of the socket).
 */
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { hashToken } from "../src/accounts/secret-token";
import { ownDownload } from "../src/export/export-routes";
import { EXPORT_PAGE_SIZE } from "../src/export/record-pages";
import { sharedDownload } from "../src/shares/share-routes";
import { openShare } from "../src/shares/share-store";
import { checkIn } from "../test-support/journal-events";
import { BACKENDS, testApp, useTestStore } from "../test-support/test-app";
import { TestPerson } from "../test-support/test-person";

const EVENTS = EXPORT_PAGE_SIZE * 2 + 500;

/** Reads `count` chunks of a download, then the rest; says how the rest ended. */
async function readInTwo(
  pages: AsyncIterator<string | Buffer>,
  count: number,
  between: () => Promise<void>,
): Promise<{ text: string; ended: "complete" | "stopped" }> {
  let text = "";
  for (let read = 0; read < count; read++) {
    const next = await pages.next();
    if (next.done) throw new Error("the download ended before the pause");
    text += next.value.toString();
  }
  await between();
  try {
    for (;;) {
      const next = await pages.next();
      if (next.done) return { text, ended: "complete" };
      text += next.value.toString();
    }
  } catch {
    return { text, ended: "stopped" };
  }
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe.each(BACKENDS)(
  "issue 17 finding 5: a download stops when its share or account does (%s)",
  (backend) => {
    const store = useTestStore(backend);
    let app: FastifyInstance;
    let ann: TestPerson;
    let annId: string;
    beforeEach(async () => {
      app = await testApp(store().database);
      ann = new TestPerson(app);
      annId = (await ann.signup()).json().user.id;
      await sql`
      INSERT INTO journal_events (owner_id, id, type, at, body)
      SELECT ${annId}::uuid, e.id, 'check-in', e.at,
             jsonb_build_object('type', 'check-in', 'id', e.id,
                                'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                'stiffness', n % 11, 'pain', n % 7, 'symptoms', '[]'::jsonb)
      FROM generate_series(1, ${EVENTS}::int) AS n,
           LATERAL (SELECT gen_random_uuid() AS id,
                           timestamptz '2026-11-01T08:00:00Z' + n * interval '1 second' AS at) AS e`.execute(
        store().database.db,
      );
    });

    async function openedShare(what: "record" | "fhir") {
      const created = await ann.request("POST", "/api/shares", { expiresInDays: 7 });
      const { token, share } = created.json() as { token: string; share: { id: string } };
      const opened = await openShare(store().database, hashToken(token), what, new Date());
      if (!opened) throw new Error("the share did not open");
      return { shareId: share.id, pages: await sharedDownload(app.limber, what, ownPerson(), opened) };
    }
    const ownPerson = () => ({ id: annId, email: ann.email, role: "owner" as const });
    const lateCheckIn = checkIn({ at: "2026-12-01T08:00:00Z", note: "written after the download began" });

    it("finding 5: a share withdrawn mid-download stops it before the next page, without closing bytes", async () => {
      const { shareId, pages } = await openedShare("record");
      // The opening, the end of the (empty) screenings, the first page of events.
      const { text, ended } = await readInTwo(pages, 3, async () => {
        expect((await ann.request("DELETE", `/api/shares/${shareId}`, {})).statusCode).toBe(204);
        expect((await ann.request("POST", "/api/journal/events", lateCheckIn)).statusCode).toBeLessThan(300);
      });
      expect(ended).toBe("stopped");
      expect(parses(text)).toBe(false);
      expect(text).not.toContain(lateCheckIn.id);
      expect(text).not.toContain('"exportedAt"');
    });

    it("finding 5: the FHIR Bundle through a withdrawn share stops the same way", async () => {
      const { shareId, pages } = await openedShare("fhir");
      const { text, ended } = await readInTwo(pages, 2, async () => {
        expect((await ann.request("DELETE", `/api/shares/${shareId}`, {})).statusCode).toBe(204);
      });
      expect(ended).toBe("stopped");
      expect(parses(text)).toBe(false);
    });

    it("finding 5: an account deleted while a shared download is paused stops it", async () => {
      const { pages } = await openedShare("record");
      const { text, ended } = await readInTwo(pages, 3, async () => {
        const deleted = await ann.request("DELETE", "/api/account", { password: ann.password });
        expect(deleted.statusCode).toBe(204);
      });
      expect(ended).toBe("stopped");
      expect(parses(text)).toBe(false);
    });

    it("finding 5: the person's own export stops when the account is deleted mid-export", async () => {
      const pages = (await ownDownload(app.limber, "record", ownPerson()))[Symbol.asyncIterator]();
      const { text, ended } = await readInTwo(pages, 3, async () => {
        const deleted = await ann.request("DELETE", "/api/account", { password: ann.password });
        expect(deleted.statusCode).toBe(204);
      });
      expect(ended).toBe("stopped");
      expect(parses(text)).toBe(false);
    });

    it("finding 5: a download is one snapshot: a check-in written after it began is not in it", async () => {
      const { pages } = await openedShare("record");
      const { text, ended } = await readInTwo(pages, 3, async () => {
        expect((await ann.request("POST", "/api/journal/events", lateCheckIn)).statusCode).toBeLessThan(300);
      });
      expect(ended).toBe("complete");
      const record = JSON.parse(text) as { events: { id: string }[] };
      expect(record.events).toHaveLength(EVENTS);
      expect(record.events.map((event) => event.id)).not.toContain(lateCheckIn.id);
    });
  },
);
