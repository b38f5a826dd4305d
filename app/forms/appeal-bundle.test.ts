import { describe, expect, it } from "vitest";
import { bundleActionSchema } from "./appeal-bundle";
import { parseIntentForm } from "./parse";

const ID = "0b7c9a52-4b1e-4f7e-9a39-2f4f4b8e1c11";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("the bundle page's forms", () => {
  it("adds an expert report with its summary length and date", () => {
    const parsed = parseIntentForm(
      form({ intent: "add", documentId: ID, section: "reports", kind: "expert_report", summaryPages: " 2 ", "reportDate.day": "1", "reportDate.month": "5", "reportDate.year": "2026" }),
      bundleActionSchema,
    );
    expect(parsed).toEqual({ ok: true, data: { intent: "add", documentId: ID, section: "reports", kind: "expert_report", summaryPages: 2, reportDate: "2026-05-01" } });
  });

  it("keeps no summary or date for a document that is not an expert report", () => {
    const parsed = parseIntentForm(form({ intent: "add", documentId: ID, section: "other_evidence", kind: "document", summaryPages: "3", "reportDate.year": "2026", "reportDate.month": "5", "reportDate.day": "1" }), bundleActionSchema);
    expect(parsed).toMatchObject({ ok: true, data: { summaryPages: null, reportDate: null } });
  });

  it("says what to do when the section, kind, summary or date is wrong, and keeps what was typed", () => {
    const parsed = parseIntentForm(form({ intent: "add", documentId: ID, section: "nowhere", kind: "", summaryPages: "two", "reportDate.day": "31", "reportDate.month": "2", "reportDate.year": "2026" }), bundleActionSchema);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      section: "Choose the section it goes in",
      kind: "Choose what kind of document it is",
      summaryPages: "Enter the summary's length as a number of pages, for example 2",
      reportDate: "Date of the report must be a real date, for example 27 3 2017",
    });
    expect(parsed.values.summaryPages).toBe("two");
  });

  it("marks the bundle as sent only when the box is ticked", () => {
    expect(parseIntentForm(form({ intent: "fix" }), bundleActionSchema)).toMatchObject({ ok: false, errors: { confirm: "Tick the box to confirm the bundle was sent as it is now" } });
    expect(parseIntentForm(form({ intent: "fix", confirm: "yes" }), bundleActionSchema)).toEqual({ ok: true, data: { intent: "fix", confirm: "yes" } });
  });
});
