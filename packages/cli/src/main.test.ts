import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SCREENING_LINK_IDS } from "@limber/core";
import { describe, expect, it } from "vitest";
import { capturedRun, expectOneLineError } from "../test-support/captured-run";
import { run } from "./main";

const BIN = join(import.meta.dirname, "..", "bin", "limber.js");
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false]));

const limber = (args: string[], stdin = "") => capturedRun(run, args, { stdin });
const expectBadInput = expectOneLineError;

describe("limber triage", () => {
  it("prints the self-care decision for all-no answers", async () => {
    const result = await limber(["triage"], JSON.stringify({ answers: allNo }));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ outcome: "self-care", reasons: [] });
  });

  it("sends saddle numbness to emergency care, listing every yes most severe first", async () => {
    const answers = { ...allNo, "saddle-numbness": true, "recent-injury": true };
    const result = await limber(["triage"], JSON.stringify({ answers }));
    const decision = JSON.parse(result.stdout);
    expect(decision.outcome).toBe("emergency");
    expect(decision.reasons.map((reason: { code: string }) => reason.code)).toEqual([
      "saddle-numbness",
      "recent-injury",
    ]);
  });

  it("reads a FHIR QuestionnaireResponse from a file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "limber-cli-")), "response.json");
    const item = SCREENING_LINK_IDS.map((linkId) => ({
      linkId,
      answer: [{ valueBoolean: linkId === "osteoporosis" }],
    }));
    writeFileSync(file, JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", item }));
    const result = await limber(["triage", file]);
    expect(JSON.parse(result.stdout)).toMatchObject({
      outcome: "see-professional",
      reasons: [{ code: "osteoporosis", source: "P18" }],
    });
  });

  it("rejects a missing answer with exit 2, one line naming it, and nothing on stdout", async () => {
    const { fever: _, ...answers } = allNo;
    expectBadInput(await limber(["triage"], JSON.stringify({ answers })), /answers\.fever/);
  });

  it("rejects input that is not JSON", async () => {
    expectBadInput(await limber(["triage"], "{answers:"), /not valid JSON/);
  });

  it("rejects a file that does not exist", async () => {
    expectBadInput(await limber(["triage", "/nonexistent/answers.json"]), /no such file/);
  });

  it("rejects unknown options instead of ignoring them", async () => {
    expectBadInput(await limber(["triage", "--fast"]), /unknown option --fast/);
  });
});

describe("limber assess", () => {
  const urge = (id: string, at: string) => ({ type: "adjust-urge", id, at });

  it("defaults now to the current time and flags frequent adjusting", async () => {
    const input = {
      timeZone: "Europe/London",
      events: [
        urge("7d3c5c8e-1f5a-4c43-9d57-2d6f4ef0a001", "2026-11-24T08:00:00Z"),
        urge("7d3c5c8e-1f5a-4c43-9d57-2d6f4ef0a002", "2026-11-24T09:00:00Z"),
      ],
    };
    const result = await limber(["assess"], JSON.stringify(input));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      recommendation: "see-professional",
      flags: [{ code: "frequent-adjusting" }],
    });
  });

  it("rejects an event after now with exit 2", async () => {
    const input = {
      timeZone: "UTC",
      now: "2026-11-24T08:00:00Z",
      events: [urge("7d3c5c8e-1f5a-4c43-9d57-2d6f4ef0a001", "2026-11-24T09:00:00Z")],
    };
    expectBadInput(await limber(["assess"], JSON.stringify(input)), /events\.0\.at/);
  });

  it("rejects an unknown time zone", async () => {
    expectBadInput(
      await limber(["assess"], JSON.stringify({ timeZone: "Mars/Olympus", events: [] })),
      /IANA time zone/,
    );
  });
});

describe("limber", () => {
  it("names the commands when given an unknown one", async () => {
    expectBadInput(await limber(["diagnose"]), /unknown command "diagnose"; try one of: .*triage, assess/);
  });

  it("behaves the same as a real process: decision on stdout, exit 0; bad input exit 2 with one stderr line", () => {
    const good = spawnSync(process.execPath, [BIN, "triage"], {
      input: JSON.stringify({ answers: allNo }),
      encoding: "utf8",
    });
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).outcome).toBe("self-care");
    const bad = spawnSync(process.execPath, [BIN, "assess"], { input: "[]", encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  }, 90_000);
});

describe("limber trace", () => {
  it("lists every requirement with its source and covering tests, as JSON", async () => {
    const root = join(import.meta.dirname, "..", "..", "..");
    const result = await limber(["trace", "--json", "--root", root]);
    const report = JSON.parse(result.stdout);
    const saddle = report.requirements.find((r: { id: string }) => r.id === "screening.saddle-numbness");
    expect(saddle).toMatchObject({ source: 'NHS "Cauda equina syndrome" page: symptoms needing A&E or 999' });
    expect(saddle.tests.length).toBeGreaterThan(0);
    expect(report.requirements.find((r: { id: string }) => r.id === "session.tight-spot-pause").source).toBe(
      "P5",
    );
  });

  it("fails when a requirement has no test", async () => {
    const empty = mkdtempSync(join(tmpdir(), "limber-trace-"));
    const result = await limber(["trace", "--root", empty]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lack a source or a test/);
  });
});
