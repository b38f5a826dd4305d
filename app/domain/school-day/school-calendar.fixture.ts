// A school calendar for the tests: as the reference's worked examples assume, no closures in
// November 2026, the autumn term ends on Fri 18 Dec 2026 and the spring term starts on
// Mon 4 Jan 2027; the rest is a typical year, with an INSET day on Mon 19 Apr 2027.

import type { SchoolCalendar } from "./school-days";

export const SCHOOL_2026_27: SchoolCalendar = {
  kind: "school",
  terms: [
    { label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
    { label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
    { label: "Summer term 2027", start: "2027-04-12", end: "2027-07-21" },
  ],
  closures: [
    { start: "2026-10-26", end: "2026-10-30", reason: "half-term" },
    { start: "2027-02-15", end: "2027-02-19", reason: "half-term" },
    { start: "2027-04-19", end: "2027-04-19", reason: "INSET" },
    { start: "2027-05-31", end: "2027-06-04", reason: "half-term" },
  ],
};
