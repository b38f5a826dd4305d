import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "./build-case-document";
import { caseDocumentSchema } from "./case-document";

describe("the case document", () => {
  it("accepts a minimal document and fills every list with an empty one", () => {
    const parsed = caseDocumentSchema.parse({ schemaVersion: 1, child: { name: "Sam" } });
    expect(parsed.child).toEqual({ name: "Sam", dateOfBirth: null, school: null, yearGroup: null, senco: null, contacts: [], strengths: null, interests: null, views: null });
    expect(parsed.needs).toEqual([]);
    expect(parsed.cycles).toEqual([]);
    expect(parsed.statutoryEvents).toEqual([]);
  });

  it("rejects a date that does not exist", () => {
    expect(caseDocumentSchema.safeParse({ schemaVersion: 1, child: { name: "Sam", dateOfBirth: "2019-02-30" } }).success).toBe(false);
  });

  it("rejects another schema version", () => {
    expect(caseDocumentSchema.safeParse({ schemaVersion: 2, child: { name: "Sam" } }).success).toBe(false);
  });

  it("keeps needs in the shape the database stores", () => {
    const caseDocument = buildCaseDocument({ needs: [{ id: "n1", area: "semh", signs: ["semh_anxiety"], impact: "a_great_deal" }] });
    expect(caseDocument.needs[0]).toEqual({ id: "n1", area: "semh", signs: ["semh_anxiety"], otherSigns: null, since: null, impact: "a_great_deal", notes: null });
  });

  it("survives a trip through JSON unchanged", () => {
    const caseDocument = buildCaseDocument({ cycles: [{ id: "c1", startDate: "2026-01-05" }] });
    expect(caseDocumentSchema.parse(JSON.parse(JSON.stringify(caseDocument)))).toEqual(caseDocument);
  });
});
