import { describe, expect, it } from "vitest";
import targetsRaw from "./fixtures/targets.jsonl?raw";
import { checkTarget } from "./check-target";

type LabelledTarget = { id: string; text: string; label: "smart" | "not_smart"; source: string; label_by: string };

const developmentSet: LabelledTarget[] = targetsRaw
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as LabelledTarget);

describe("checkTarget", () => {
  it("finds nothing to check in a target that only says things will improve", () => {
    expect(checkTarget("X will improve his literacy").missing).toEqual(["specific", "measurable", "time_bound"]);
  });

  it("accepts a target with a skill, a number and a date", () => {
    expect(checkTarget("Sam will learn 20 new words by next term").verdict).toBe("smart");
  });

  it("says a target without a date is not time-bound", () => {
    expect(checkTarget("Sam will read 40 common words without help").missing).toEqual(["time_bound"]);
  });

  it("accepts a check that can be seen without a number, such as working without adult prompting", () => {
    expect(checkTarget("By year 10, X will be able to write a full-page story with a beginning, middle and end without adult prompting.").verdict).toBe("smart");
  });

  it("rejects provision written as if it were a target", () => {
    const check = checkTarget("Three hours speech and language therapy a week");
    expect(check.verdict).toBe("not_smart");
    expect(check.suggestion).toMatch(/help to be given/);
  });

  it("reads key stages, months and years as dates", () => {
    expect(checkTarget("By the end of key stage 1 Ali will name 10 colours").missing).toEqual([]);
    expect(checkTarget("Ali will name 10 colours by July 2027").missing).toEqual([]);
  });
});

describe("the target development set", () => {
  // Issue 4 asks for at least 50 targets, balanced; the set is still being gathered (see the closing note).
  it.todo("has at least 50 targets from public guidance");
  it.todo("is balanced between the two labels");

  it("has its current 35-plus items, each quoting the public page it came from", () => {
    expect(developmentSet.length).toBeGreaterThanOrEqual(35);
    for (const item of developmentSet) expect(item.source).toMatch(/^https?:\/\//);
  });


  it("agrees with the labels on at least 85% of targets", () => {
    const disagreements = developmentSet.filter((item) => checkTarget(item.text).verdict !== item.label);
    const agreement = 1 - disagreements.length / developmentSet.length;
    if (agreement < 0.85) console.warn(disagreements.map((item) => `${item.id} expected ${item.label}: ${item.text}`).join("\n"));
    expect(agreement).toBeGreaterThanOrEqual(0.85);
  });
});
