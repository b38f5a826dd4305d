import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "~/domain/case/build-case-document";
import { checkTarget } from "~/domain/targets/check-target";
import { LETTER_TEMPLATES } from "./registry";

// Hints are read by every family: an example with a child's name reads as someone else's child.
const CHILD_NAMES = /\b(Sam|Robin|Ellis|Alex|Charlie|Jordan)\b/;

describe("examples in hints", () => {
  it("name no child in any letter's questions", () => {
    const document = buildCaseDocument({ child: { name: "Quinn" } });
    for (const template of LETTER_TEMPLATES) {
      for (const field of template.options(document, "2026-11-23")) {
        const hints = Object.entries(field)
          .filter(([key, value]) => /hint/i.test(key) && typeof value === "string")
          .map(([, value]) => value as string);
        for (const hint of hints) expect(hint, `${template.kind}: ${field.name}`).not.toMatch(CHILD_NAMES);
      }
    }
  });

  it("name no child in the target check's example of a clear target", () => {
    const explanation = JSON.stringify(checkTarget("Try harder"));
    expect(explanation).toContain("For example");
    expect(explanation).not.toMatch(CHILD_NAMES);
  });
});
