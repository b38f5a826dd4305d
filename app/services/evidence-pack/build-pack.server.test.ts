import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/support/db";
import { createChildCase, createParent } from "../../../tests/factories";
import { createSchoolDayRecord } from "../../../tests/factories/school-day";
import { requireCaseAccess } from "~/auth/access.server";
import { createEvidencePack } from "~/data/evidence-packs.server";
import { buildEvidencePackPdf, buildWholeCasePdf } from "./build-pack.server";

useTestDatabase();

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return (text as string).replace(/\s+/g, " ");
}

describe("the chronology in a pack", () => {
  it("has the school day's records, in a pack and in the whole case's PDF, with the summary's count", { timeout: 60_000 }, async () => {
    const owner = await createParent();
    const access = await requireCaseAccess(owner, await createChildCase(owner, { childName: "Robin Hale" }), "own");
    await createSchoolDayRecord(access, { date: "2026-10-05", schoolSaid: "Too unsettled to stay" });
    await createSchoolDayRecord(access, { kind: "suspension", date: "2026-11-02", sessions: 6, firstSession: "morning", time: null, schoolSaid: null });
    const pack = await createEvidencePack(access, { title: "For the governors", purpose: null, includeChronology: true, includeSummary: true });

    const packText = await textOf((await buildEvidencePackPdf(access, pack.id, "2026-11-23"))!.bytes);
    expect(packText).toContain("Sent home without a formal exclusion: half a school day (the afternoon)");
    expect(packText).toContain("The school said: Too unsettled to stay");
    expect(packText).toContain("Suspension: 3 school days");
    expect(packText).toContain("Suspension: 1 record.");

    const wholeText = await textOf((await buildWholeCasePdf(access, "2026-11-23")).bytes);
    expect(wholeText).toContain("Sent home without a formal exclusion: half a school day (the afternoon)");
    expect(wholeText).toContain("Suspension: 3 school days");
  });
});
