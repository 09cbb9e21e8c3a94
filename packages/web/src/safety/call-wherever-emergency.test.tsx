/**
 * C-call-wherever-emergency: every screen whose words speak of emergency services has a tel: link on the
 * same screen. Renders every route of the app (in each safety state a person can be in), the screens shown
 * inside routes (after a stop, after an early end, the retraction question) and the app's frame.
 */
import type { JournalEvent } from "@limber/core/journal/events";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { cleanup, render, waitFor } from "@testing-library/preact";
import type { ComponentChildren } from "preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes, stopForPain } from "../../test-support/safety-fixtures";
import { App } from "../app/App";
import { navigate, startRouter } from "../app/router";
import { ROUTES } from "../app/routes";
import { storeReady } from "../app/store-ready";
import { RetractionQuestion } from "../screening/RetractionQuestion";
import { SessionEnded } from "../session/SessionEnded";
import { recordEvent, recordScreening, store } from "../storage/store";
import { loadSafetyCore } from "./safety-core";

/** Words that tell a person to call for urgent help (a guideline's title, "A&E or 999", is not one). */
const SPEAKS_OF_EMERGENCY = /emergency services|call (?:999|911|112|000)|ambulance/i;
const PATIENCE = { timeout: 5000 };

function expectCallWhereEmergency(container: Element, where: string) {
  const text = container.textContent ?? "";
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
  if (SPEAKS_OF_EMERGENCY.test(text)) {
    expect(links.length, `${where} speaks of emergency services without a tel: link`).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute("href"), where).toMatch(/^tel:\+?\d{2,15}$/);
  }
}

const STATES: Record<string, () => Promise<unknown>> = {
  "no screening": async () => undefined,
  ready: async () => {
    const no = answersWithYes();
    await recordScreening(no, decide(no));
  },
  emergency: async () => {
    const yes = answersWithYes(["chest-pain"]);
    await recordScreening(yes, decide(yes));
  },
  "see a professional": async () => {
    const yes = answersWithYes(["osteoporosis"]);
    await recordScreening(yes, decide(yes));
  },
  "resting after a stop": async () => {
    const no = answersWithYes();
    await recordScreening(no, decide(no));
    await recordEvent(stopForPain(new Date(Date.now() + 1000).toISOString()) as JournalEvent);
  },
};

const Frame = ({ children }: { children: ComponentChildren }) => <div data-testid="frame">{children}</div>;

beforeAll(async () => {
  startRouter();
  await loadSafetyCore();
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("[C-call-wherever-emergency] a tel: link wherever an emergency is spoken of", () => {
  const cases = Object.keys(STATES).flatMap((state) =>
    ROUTES.filter((route) => !route.path.includes("/shared/")).map((route) => [state, route.path] as const),
  );
  it.each(cases)("in the state %s, the screen %s", async (state, path) => {
    await STATES[state]?.();
    const route = ROUTES.find((r) => r.path === path);
    if (!route) throw new Error(path);
    const { default: Screen } = await route.load();
    const concrete = path.replace(":technique", "thoracic-foam-roll");
    navigate(concrete, { replace: true });
    const { container } = render(
      <Frame>
        <Screen params={{ technique: "thoracic-foam-roll" }} query={new URLSearchParams()} />
      </Frame>,
    );
    // Let the screen load its record and rules, then judge its words.
    await waitFor(() => expect(container.querySelector("[aria-busy='true']")).toBeNull(), PATIENCE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expectCallWhereEmergency(container, `${path} (${state})`);
    const showsState = ["/", "/screening/result", "/techniques", "/session/:technique", "/explain/help"];
    if (state === "emergency" && showsState.includes(path)) {
      expect(container.querySelector('a[href^="tel:"]'), `${path} shows the emergency`).not.toBeNull();
    }
  });

  it.each([["stopped-for-pain"], ["abandoned"]] as const)("the screen after a session %s", (outcome) => {
    const { container } = render(
      <SessionEnded
        outcome={outcome}
        eventId="6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a"
        receipt={{ saved: true }}
      />,
    );
    expect(SPEAKS_OF_EMERGENCY.test(container.textContent ?? "")).toBe(true);
    expectCallWhereEmergency(container, outcome);
  });

  it.each([[["saddle-numbness"]], [["chest-pain", "osteoporosis"]], [["osteoporosis"]]] as const)(
    "the retraction question for %j",
    (retracted) => {
      const { container } = render(
        <RetractionQuestion
          retracted={retracted as readonly ScreeningLinkId[]}
          saving={false}
          error={null}
          onMistake={() => undefined}
          onChange={() => undefined}
        />,
      );
      expectCallWhereEmergency(container, `retraction ${retracted.join(", ")}`);
    },
  );

  it("the app's frame: the footer on every screen", async () => {
    const { container } = render(<App />);
    await waitFor(() =>
      expect(container.querySelector('[data-testid="footer-emergency-call"]')?.getAttribute("href")).toMatch(
        /^tel:/,
      ),
    );
    expectCallWhereEmergency(container.querySelector("footer") as Element, "footer");
  });

  it("the rule itself fails a screen that speaks of emergency services without a tel: link", () => {
    const { container } = render(<p>Chest pain: call emergency services now.</p>);
    expect(() => expectCallWhereEmergency(container, "a bare sentence")).toThrow(/without a tel: link/);
  });
});
