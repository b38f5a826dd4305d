// A case for the school-day letters' tests: Robin's autumn term 2026 on the school's own term
// dates (sent home twice, a part-time timetable, an illness, restraint, an 8-day suspension and a
// penalty notice), and a permanent exclusion from the reference's worked example 2.

import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";

/** The day the letters are written, unless a test says otherwise. */
export const SCHOOL_DAY_TODAY = "2026-11-25";

/** The school's autumn and spring terms 2026–27, as the reference's worked examples assume. */
const TERMS: CaseDocumentInput["schoolTerms"] = [
  { id: "t1", kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
  { id: "t2", kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" },
  { id: "t3", kind: "term", label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
];

/** A term of Robin's school day: sent home twice, a part-time timetable, restraint, an 8-day suspension, a fine. */
const AUTUMN: CaseDocumentInput["schoolDay"] = [
  {
    id: "ie1",
    kind: "informal_exclusion",
    date: "2026-09-15",
    time: "12:30",
    sessions: 1,
    firstSession: "afternoon",
    schoolSaid: "He was too unsettled to stay.",
    attendanceCode: "O",
  },
  {
    id: "ie2",
    kind: "informal_exclusion",
    date: "2026-10-06",
    schoolSaid: "Keep him at home tomorrow",
  },
  {
    id: "ptt1",
    kind: "part_time_timetable",
    date: "2026-09-21",
    sessionsPerWeek: 6,
    reviewDate: "2026-10-19",
    agreedBy: "the head teacher and the SENCO",
    attendanceCode: "O",
  },
  {
    id: "a1",
    kind: "absence",
    date: "2026-10-12",
    sessions: 2,
    absenceReason: "illness",
    attendanceCode: "O",
  },
  {
    id: "r1",
    kind: "restraint",
    date: "2026-11-03",
    time: "10:15",
    restraintType: "force",
    parentToldOn: "2026-11-05",
    parentToldBy: "the class teacher",
    toldInWriting: false,
  },
  {
    id: "s1",
    kind: "suspension",
    date: "2026-11-09",
    sessions: 16,
    schoolSaid: "Persistent disruption",
  },
  { id: "pn1", kind: "penalty_notice", date: "2026-11-20", amount: 80 },
];

export function robin(overrides: Partial<CaseDocumentInput> = {}) {
  return buildCaseDocument({
    child: {
      name: "Robin Hale",
      dateOfBirth: "2017-03-27",
      school: "Hill Top Primary",
      yearGroup: "Year 4",
      senco: { name: "Mr Dev Patel", email: null, phone: null },
      contacts: [
        { name: "Mrs Ann Lowe", role: "Head teacher", email: null, phone: null },
        { name: "Mr Tom Reed", role: "Chair of governors", email: null, phone: null },
      ],
    },
    needs: [
      { id: "n1", area: "semh" },
      { id: "n2", area: "communication_interaction" },
    ],
    diagnoses: [{ id: "d1", name: "autism" }],
    ehcPlans: [{ id: "p1", stage: "final", issuedOn: "2025-06-01" }],
    schoolTerms: TERMS,
    schoolDay: AUTUMN,
    ...overrides,
  });
}

/** A permanent exclusion from Wed 2 Dec 2026; the board upheld it and the parent was told on Tue 5 Jan 2027 (worked example 2). */
export function excluded(extra: Partial<CaseDocumentInput> = {}) {
  return robin({
    ehcPlans: [],
    schoolDay: [
      {
        id: "pe1",
        kind: "permanent_exclusion",
        date: "2026-12-02",
        boardToldOn: "2026-12-01",
        decisionToldOn: "2027-01-05",
        schoolSaid: "A serious assault on a member of staff",
      },
    ],
    ...extra,
  });
}
