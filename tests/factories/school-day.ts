// Builders for the school day's records and terms, with sensible defaults. Each takes the
// CaseAccess from the gate, as the app's own code does.
import type { CaseAccess } from "~/auth/access.server";
import { addSchoolDayRecord, addSchoolTerm, schoolDayRecordInput, type SchoolDayRecordInput, type SchoolTermInput } from "~/data/school-day.server";

/** Every field of a record empty: a kind and a date are all a record needs. */
export const EMPTY_SCHOOL_DAY_RECORD: SchoolDayRecordInput = schoolDayRecordInput({ kind: "informal_exclusion", date: "2026-10-05" });

/** A record (by default: sent home at lunchtime on 5 October 2026, missing the afternoon). */
export async function createSchoolDayRecord(access: CaseAccess, overrides: Partial<SchoolDayRecordInput> = {}) {
  const record: SchoolDayRecordInput = {
    ...EMPTY_SCHOOL_DAY_RECORD,
    sessions: 1,
    firstSession: "afternoon",
    time: "12:30",
    schoolSaid: "He was too unsettled to stay for the afternoon.",
    ...overrides,
  };
  return { id: await addSchoolDayRecord(access, record), ...record };
}

/** A term (by default the autumn term 2026). */
export async function createSchoolTerm(access: CaseAccess, overrides: Partial<SchoolTermInput> = {}) {
  const term: SchoolTermInput = { kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18", ...overrides };
  return { id: await addSchoolTerm(access, term), ...term };
}
