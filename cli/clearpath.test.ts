import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/clearpath.js", import.meta.url));

function run(args: string[], input: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split("\n").filter(Boolean) };
}

describe("clearpath check-wording", () => {
  it("prints one verdict per line with the vague terms it found", () => {
    const result = run(["check-wording"], '{"id":"a","text":"Access to speech and language therapy as appropriate"}\n');
    expect(result.status).toBe(0);
    const line = JSON.parse(result.lines[0] as string);
    expect(line).toMatchObject({ id: "a", verdict: "vague" });
    expect(line.vague_terms).toContain("as appropriate");
    expect(Object.keys(line)).toEqual(["id", "verdict", "missing", "vague_terms", "suggestion"]);
  });

  it("reports a bad line by number on standard error, exits 2 and still checks the other lines", () => {
    const result = run(["check-wording"], '{"text":"Support as needed"}\nnot json\n{"id":3,"text":"Regular support"}\n');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("clearpath: line 2: this line is not valid JSON");
    expect(result.lines).toHaveLength(2);
    expect(JSON.parse(result.lines[1] as string).id).toBe(3);
  });
});

describe("clearpath check-target", () => {
  it("lists what a target is missing", () => {
    const result = run(["check-target"], '{"id":"t1","text":"X will improve his literacy"}\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.lines[0] as string)).toEqual({ id: "t1", verdict: "not_smart", missing: ["specific", "measurable", "time_bound"] });
  });
});

describe("clearpath deadlines", () => {
  it("computes the deadlines with their status, rules and explanation", () => {
    const input = JSON.stringify({ events: [{ type: "ehcna_refused", date: "2026-08-31" }, { type: "mediation_certificate_issued", date: "2026-10-15" }], today: "2026-11-20" });
    const result = run(["deadlines"], input);
    expect(result.status).toBe(0);
    const { deadlines } = JSON.parse(result.stdout);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ key: "appeal", due: "2026-11-15", from_event: "mediation_certificate_issued", status: "overdue" });
    expect(deadlines[0].rules).toContain("R-APP-DEADLINE");
    expect(deadlines[0].if_missed).toMatch(/late/);
  });

  it("keeps the event names scripts use, and starts an appeal from each appealable decision (CFA 2014 s.51(2)) and 15 days for a reassessment (reg 25(1))", () => {
    const events = [
      { type: "reassessment_requested", date: "2026-09-14" },
      { type: "reassessment_refused", date: "2026-09-20" },
      { type: "amended_plan_issued", date: "2026-10-01" },
      { type: "plan_ceased", date: "2026-11-02" },
    ];
    const result = run(["deadlines"], JSON.stringify({ events, today: "2026-11-03" }));
    expect(result.status).toBe(0);
    const { deadlines } = JSON.parse(result.stdout);
    const appeals = deadlines.filter((deadline: { key: string }) => deadline.key === "appeal");
    expect(appeals.map((deadline: { from_event: string; due: string }) => [deadline.from_event, deadline.due])).toEqual([
      ["reassessment_refused", "2026-11-20"],
      ["amended_plan_issued", "2026-12-01"],
      ["plan_ceased", "2027-01-02"],
    ]);
    expect(deadlines.find((deadline: { key: string }) => deadline.key === "reassessment_decision")).toMatchObject({ due: "2026-09-29", status: "met" });
  });

  it("exits 2 with a one-line message when the input is not JSON", () => {
    const result = run(["deadlines"], "{");
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("clearpath health-check", () => {
  it("reads a case document and prints findings and the progress summary", () => {
    const caseDocument = {
      schemaVersion: 1,
      child: { name: "Sam" },
      cycles: [{ id: "c1", startDate: "2026-01-05", reviewDate: "2026-03-27", targets: [{ id: "t1", text: "Sam will improve his reading" }] }],
      meetings: [{ id: "m1", date: "2026-01-05", actions: [{ id: "a1", description: "Send the provision map", dueDate: "2026-01-20" }] }],
    };
    const result = run(["health-check", "--today", "2026-05-01"], JSON.stringify(caseDocument));
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    const codes = output.findings.map((finding: { code: string }) => finding.code);
    expect(codes).toEqual(expect.arrayContaining(["review_overdue", "target_not_measurable", "actions_overdue"]));
    expect(output.findings[0].next_step).toHaveProperty("action");
    expect(output.progress_inadequate.dimensions).toHaveLength(5);
  });

  it("exits 2 naming the field when the case document is not valid", () => {
    const result = run(["health-check", "--today", "2026-05-01"], JSON.stringify({ schemaVersion: 1, child: {} }));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/child\.name/);
  });
});

describe("clearpath extract-recommendations", () => {
  it("prints one line per recommendation with the parts it found", () => {
    const report = "Recommendations\n1. Sam should receive 30 minutes of speech and language therapy weekly from a qualified speech and language therapist.\n2. Movement breaks every lesson.\n";
    const result = run(["extract-recommendations"], report);
    expect(result.status).toBe(0);
    expect(result.lines).toHaveLength(2);
    const first = JSON.parse(result.lines[0] as string);
    expect(first.provision).toEqual({ what: expect.any(String), who: "speech and language therapist", frequency: "weekly", duration: "30 minutes" });
    expect(first.area_of_need).toBe("communication_interaction");
  });
});

describe("clearpath classify-need", () => {
  it("suggests areas of need for a parent's note", () => {
    const result = run(["classify-need"], '{"id":"d1","text":"He covers his ears in assembly because it is too loud"}\n');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.lines[0] as string).areas[0].area).toBe("sensory_physical");
  });
});

describe("clearpath with no or unknown command", () => {
  it("exits 2 with a hint", () => {
    const result = run(["frobnicate"], "");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command/);
  });
});
