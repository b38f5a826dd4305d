import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { addContact, addDiagnosis, saveNeed } from "./cases.server";
import { getCaseDocument } from "./case-document.server";

useTestDatabase();

describe("getCaseDocument", () => {
  it("gives back everything recorded, in the canonical case document's shape", async () => {
    const owner = await createParent();
    const caseId = await createChildCase(owner, {
      childName: "Ada",
      dateOfBirth: "2016-02-29",
      school: "Hill Primary",
      yearGroup: "Year 5",
      sencoName: "Mr Lee",
      sencoEmail: "lee@hill.example",
      views: "I like maths",
    });
    const access = await requireCaseAccess(owner, caseId, "own");
    await saveNeed(access, "semh", { signs: ["semh_anxiety"], otherSigns: "Cries before school", since: "2025-01-01", impact: "quite_a_lot", notes: null });
    await addContact(access, { name: "Ms Ray", role: "Teacher", email: null, phone: "01632 960 001" });
    await addDiagnosis(access, { name: "ADHD", date: "2024-05-02", madeBy: "Paediatrician" });

    const document = await getCaseDocument(access);

    expect(document.schemaVersion).toBe(1);
    expect(document.child).toEqual({
      name: "Ada",
      dateOfBirth: "2016-02-29",
      school: "Hill Primary",
      yearGroup: "Year 5",
      senco: { name: "Mr Lee", email: "lee@hill.example", phone: null },
      contacts: [{ name: "Ms Ray", role: "Teacher", email: null, phone: "01632 960 001" }],
      strengths: null,
      interests: null,
      views: "I like maths",
    });
    expect(document.needs).toEqual([
      expect.objectContaining({ area: "semh", signs: ["semh_anxiety"], otherSigns: "Cries before school", since: "2025-01-01", impact: "quite_a_lot" }),
    ]);
    expect(document.diagnoses).toEqual([expect.objectContaining({ name: "ADHD", date: "2024-05-02", madeBy: "Paediatrician" })]);
    expect(document.cycles).toEqual([]);
  });

  it("reads only the case the access is for", async () => {
    const owner = await createParent();
    const first = await createChildCase(owner, { childName: "First" });
    const second = await createChildCase(owner, { childName: "Second" });
    await saveNeed(await requireCaseAccess(owner, second, "own"), "cognition_learning", { signs: [], otherSigns: "x", since: null, impact: null, notes: null });
    const document = await getCaseDocument(await requireCaseAccess(owner, first, "read"));
    expect(document.child.name).toBe("First");
    expect(document.needs).toEqual([]);
  });
});
