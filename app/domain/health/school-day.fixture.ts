// School-day cases for the health check's tests: the records a test states, on the school's own
// 2026–27 terms (the reference's worked examples: no closures in November 2026, the autumn term
// ends Fri 18 Dec 2026) or on the estimated calendar when `terms` is [].

import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";
import { checkCase } from "./check-case";
import type { Finding, FindingCode } from "./finding";

export type SchoolDayInput = NonNullable<CaseDocumentInput["schoolDay"]>[number];

export const TERMS_2026_27: NonNullable<CaseDocumentInput["schoolTerms"]> = [
  { id: "t1", kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
  { id: "t2", kind: "term", label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
  { id: "t3", kind: "term", label: "Summer term 2027", start: "2027-04-12", end: "2027-07-21" },
  { id: "h1", kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" },
];

/** The findings of one code for a case with these school-day records (and anything else it needs). */
export function findSchoolDay(
  code: FindingCode,
  records: SchoolDayInput[],
  today: string,
  options: {
    terms?: CaseDocumentInput["schoolTerms"];
    extra?: Omit<NonNullable<Parameters<typeof buildCaseDocument>[0]>, "schoolDay" | "schoolTerms">;
  } = {},
): Finding[] {
  const document = buildCaseDocument({
    ...options.extra,
    schoolDay: records,
    schoolTerms: options.terms ?? TERMS_2026_27,
  });
  return checkCase(document, today).findings.filter((finding) => finding.code === code);
}
