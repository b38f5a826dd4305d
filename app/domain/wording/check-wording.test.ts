import { describe, expect, it } from "vitest";
import provisionLinesRaw from "./fixtures/provision-lines.jsonl?raw";
import { checkWording } from "./check-wording";

type LabelledLine = { id: string; text: string; label: "specific" | "vague"; source: string; label_by: string };

const developmentSet: LabelledLine[] = provisionLinesRaw
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as LabelledLine);

describe("checkWording", () => {
  it("calls a line vague when it leaves the amount to someone's discretion", () => {
    const check = checkWording("Access to speech and language therapy as appropriate");
    expect(check.verdict).toBe("vague");
    expect(check.vagueTerms).toEqual(expect.arrayContaining(["as appropriate", "access to"]));
    expect(check.missing).toEqual(expect.arrayContaining(["who", "frequency", "duration"]));
  });

  it("calls a line specific when it says what, who, how often and how long", () => {
    const check = checkWording(
      "Direct speech and language therapy delivered by a qualified Speech and Language Therapist, 2 sessions per week, 45 minutes per session.",
    );
    expect(check.verdict).toBe("specific");
    expect(check.missing).toEqual([]);
    expect(check.vagueTerms).toEqual([]);
  });

  it("does not count 'access to' against a line that is fully quantified", () => {
    const check = checkWording("Access to the sensory room for 15 minutes at the start of each lesson, supervised by a trained TA");
    expect(check.verdict).toBe("specific");
  });

  it("counts 'regular' as vague when no number says how often", () => {
    expect(checkWording("Regular check-ins with a familiar adult").vagueTerms).toContain("regular");
  });

  it("treats 'the setting will' as not saying who", () => {
    const check = checkWording("The setting will support the child in the playground at play and lunchtime.");
    expect(check.verdict).toBe("vague");
    expect(check.missing).toContain("who");
  });

  it("finds modal hedges such as may and should", () => {
    expect(checkWording("He may receive 30 minutes of phonics teaching each day from a teaching assistant").vagueTerms).toContain("may");
  });

  it("treats support throughout the school day as saying how often and for how long", () => {
    const check = checkWording("30 hours per week of 1:1 adult support from a trained teaching assistant covering all lessons");
    expect(check.verdict).toBe("specific");
  });

  it("asks for a missing group size only as advice, without changing a specific verdict", () => {
    const check = checkWording("Phonics teaching from a qualified teacher for 20 minutes three times a week");
    expect(check.verdict).toBe("specific");
  });

  it("explains in plain words what to ask for instead", () => {
    const { suggestion } = checkWording("Support from a teaching assistant when needed");
    expect(suggestion).toMatch(/how often/);
    expect(suggestion).toMatch(/For example/);
  });

  it("cites the rules the check rests on", () => {
    expect(checkWording("anything").rules).toEqual(["R-EHCP-F-SPECIFIC", "R-SCH-APDR-PLAN"]);
  });
});

describe("the provision development set", () => {
  // Issue 4 asks for at least 100 lines, balanced; the set is still being gathered (see the closing note).
  it.todo("has at least 100 lines from public guidance");
  it.todo("is balanced between the two labels");

  it("has its current 70-plus items, each quoting the public page it came from", () => {
    expect(developmentSet.length).toBeGreaterThanOrEqual(70);
    for (const item of developmentSet) expect(item.source).toMatch(/^https?:\/\//);
  });


  it("agrees with the labels on at least 90% of lines", () => {
    const disagreements = developmentSet.filter((item) => checkWording(item.text).verdict !== item.label);
    const agreement = 1 - disagreements.length / developmentSet.length;
    if (agreement < 0.9) {
      // Shown only when the floor is missed, to say which lines to look at.
      console.warn(disagreements.map((item) => `${item.id} expected ${item.label}: ${item.text}`).join("\n"));
    }
    expect(agreement).toBeGreaterThanOrEqual(0.9);
  });
});
