// Builders for appeals, with sensible defaults. Each takes the CaseAccess from the gate, as the
// app's own code does.
import type { CaseAccess } from "~/auth/access.server";
import { startAppeal, type StartAppealInput } from "~/data/appeals.server";
import { db } from "~/data/db.server";
import { documents } from "~/data/schema";
import { addStatutoryEvent } from "~/data/statutory.server";

/** A refusal to assess recorded on the statutory page (by default on 3 March 2026). */
export async function createRefusal(access: CaseAccess, date = "2026-03-03"): Promise<string> {
  return addStatutoryEvent(access, { type: "ehcna_refused", date, transfer: null, key: null, notes: null });
}

/** An appeal against a refusal to assess, with a certificate after mediation advice (made for it unless a decision is given). */
export async function createAppeal(access: CaseAccess, overrides: Partial<StartAppealInput> = {}) {
  const input: StartAppealInput = {
    decisionEventId: overrides.decisionEventId ?? (await createRefusal(access)),
    appealType: "refusal_to_assess",
    sections: [],
    mediation: "certificate_after_advice",
    mediationCertificateOn: "2026-04-10",
    ...overrides,
  };
  return { id: await startAppeal(access, input), ...input };
}

/** A document row of the case (no file: for records that point at one). */
export async function createCaseDocument(access: CaseAccess, title = "Educational psychologist's report", date: string | null = "2026-02-01"): Promise<string> {
  const [row] = await db
    .insert(documents)
    .values({ caseId: access.caseId, title, date, fileName: "report.pdf", mediaType: "application/pdf", sizeBytes: 1, sha256: "0", storageKey: `k-${crypto.randomUUID()}` })
    .returning({ id: documents.id });
  return row!.id;
}
