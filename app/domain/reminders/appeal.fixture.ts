// Appeal cases for tests: a refusal to assess taken to the tribunal, with the directions' dates,
// and an order or concession when a test gives one.

import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocument, CaseDocumentInput } from "../case/case-document";

export type AppealInput = NonNullable<CaseDocumentInput["appeals"]>[number];
export type EventInput = NonNullable<CaseDocumentInput["statutoryEvents"]>[number];

/** The decision appealed: a refusal to assess sent Fri 4 Sep 2026. */
export const REFUSAL: EventInput = { id: "refusal", type: "ehcna_refused", date: "2026-09-04" };

/** An appeal registered in October 2026, its evidence due 15 Jan 2027 and its hearing on 26 Feb 2027. */
export const APPEAL: AppealInput = {
  id: "a1",
  decisionEventId: "refusal",
  appealType: "refusal_to_assess",
  mediation: "certificate_after_advice",
  mediationCertificateOn: "2026-09-25",
  submittedOn: "2026-10-05",
  registeredOn: "2026-10-19",
  status: "registered",
  dates: [
    { id: "d1", kind: "la_response", date: "2026-11-30" },
    { id: "d2", kind: "final_evidence", date: "2027-01-15" },
    { id: "d3", kind: "attendance_forms", date: "2027-01-29" },
    { id: "d4", kind: "hearing", date: "2027-02-26" },
  ],
};

/** A case with the appeal (changed as a test says) and any more statutory events. */
export function buildAppealCase(appeal: Partial<AppealInput> = {}, events: EventInput[] = [], extra: Partial<CaseDocumentInput> = {}): CaseDocument {
  return buildCaseDocument({
    child: { name: "Sam Reed" },
    ...extra,
    statutoryEvents: [REFUSAL, ...events],
    appeals: [{ ...APPEAL, ...appeal }],
  });
}
