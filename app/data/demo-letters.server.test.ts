// The letters read right on the demo case: the greeting, the address, the support in words, the
// parent's own words as typed, a month kept a month, and the assessment request's law.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { buildLetter, composeLetter, listDraftDocuments, suggestRecipient } from "~/domain";
import { findLetterTemplate } from "~/domain/letters/registry";
import { getCaseDocument } from "./case-document.server";
import { listCases } from "./cases.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
import { unsafeFindUserByEmail } from "./accounts.server";

useTestDatabase();

const TODAY = "2026-11-23";

/** The demo's first case (Sam's), or its second (his sister Tess's, with her appeal). */
async function demoCase(which: "first" | "second" = "first") {
  await ensureDemoFamily(TODAY);
  const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
  const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
  const [first, second] = await listCases(parent);
  return getCaseDocument(await requireCaseAccess(parent, (which === "first" ? first : second)!.id, "read"));
}

describe("letters written from the demo case", () => {
  it("greet the SENCO by title and surname, list the support in words and write each address line once", async () => {
    const document = await demoCase();
    const template = findLetterTemplate("support_confirmation_request")!;
    const recipient = suggestRecipient(template.audience, document);
    const draft = buildLetter(template.kind, document, {}, TODAY);
    const letter = composeLetter({
      senderName: "Alex Morgan",
      senderAddress: "Alex Morgan\n4 Mill Lane\nNorthshire",
      recipientName: recipient.name,
      recipientAddress: `${recipient.name}\n${recipient.address}`,
      subject: draft.subject,
      body: draft.body,
    });
    expect(letter.greeting).toBe("Dear Mrs Shah,");
    expect(letter.to).toEqual(["Mrs Priya Shah", document.child.school]);
    expect(letter.from).toEqual(["Alex Morgan", "4 Mill Lane", "Northshire"]);
    expect(draft.body).toContain("20 minutes a session; in a group of 4");
    expect(draft.body).not.toMatch(/; Group of 4/);
  });

  it("ask for an assessment with the needs since the month given, the parent's words as typed, the only legal test and the right to appeal", async () => {
    const document = await demoCase();
    const drafts = listDraftDocuments(document);
    expect(drafts.map((item) => item.title)).toEqual(["Draft EHC plan"]);
    const field = findLetterTemplate("ehcna_request")!.options(document, TODAY).find((f) => f.name === "documentIds");
    expect(field?.hint).toContain('Take care: "Draft EHC plan" is a draft.');
    const draft = buildLetter("ehcna_request", document, { requester: "parent", documentIds: [], otherEvidence: null, views: null }, TODAY);
    expect(draft.body).toContain("since September 2023;");
    expect(draft.body).toContain("since September 2024;");
    expect(draft.body).not.toContain("since 1 September 2023");
    expect(draft.body).toContain("Reads well below the level of his friends. Says words back to front when reading aloud.");
    expect(draft.body).toContain("section 36(8)). This is the only legal test.");
    expect(draft.body).toContain("a higher threshold of need");
    expect(draft.body).toContain("I understand that I can appeal a refusal to the First-tier Tribunal");
  });
});

describe("letters written from the demo sister's case", () => {
  it("ask her school for her records, for the appeal's evidence: to Mr Clarke at Hollins Park Academy, about Tess by name", async () => {
    const document = await demoCase("second");
    const template = findLetterTemplate("subject_access_request")!;
    const recipient = suggestRecipient(template.audience, document);
    expect(recipient).toEqual({ name: "Mr Owen Clarke", address: "Hollins Park Academy" });
    const draft = buildLetter(template.kind, document, {}, TODAY);
    const letter = composeLetter({
      senderName: "Alex Morgan",
      senderAddress: "Alex Morgan\n4 Mill Lane\nNorthshire",
      recipientName: recipient.name,
      recipientAddress: `${recipient.name}\n${recipient.address}`,
      subject: draft.subject,
      body: draft.body,
    });
    expect(letter.greeting).toBe("Dear Mr Clarke,");
    expect(draft.subject).toBe("Subject access request: Tess Morgan's records");
    expect(draft.body).toContain("Tess Morgan (date of birth 5 October 2013), who is in Year 8 at Hollins Park Academy");
    expect(draft.body).toContain("attendance, behaviour and incident records");
    expect(draft.body).not.toContain("Sam");
  });
});
