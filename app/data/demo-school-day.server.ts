// The demo case's school day (issue 22): the school's autumn term with its half-term, and in it
// what families most often bring to advice: a part-time timetable agreed by the head whose review
// date has passed with no end date, being sent home at lunchtime without a formal exclusion, and
// a three-day suspension with no written notice. Dated in the school year the demo's support
// record is in (demo.server.ts), and only what has happened by `today` is recorded.
import type { CaseAccess } from "~/auth/access.server";
import { addDays, compareDates, dayOfWeek, isWeekend, makeDate, type CalendarDate } from "~/domain";
import { addSchoolDayRecord, addSchoolTerm, schoolDayRecordInput } from "./school-day.server";

/** The Monday of the week `date` is in. */
function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The first weekday on or after `date`, or on or before it when `step` is -1. */
function weekdayFrom(date: CalendarDate, step: 1 | -1 = 1): CalendarDate {
  let day = date;
  while (isWeekend(day)) day = addDays(day, step);
  return day;
}

/** The autumn term of the school year starting in `year`, and the Monday its half-term starts. */
export function demoAutumnTerm(year: number): { start: CalendarDate; end: CalendarDate; halfTerm: CalendarDate } {
  return {
    start: weekdayFrom(makeDate(year, 9, 3)),
    end: weekdayFrom(makeDate(year, 12, 18), -1),
    // The week with the last Tuesday of October, as most councils in England set it.
    halfTerm: mondayOf(makeDate(year, 10, 27)),
  };
}

export async function addDemoSchoolDay(access: CaseAccess, today: CalendarDate): Promise<void> {
  const month = Number(today.slice(5, 7));
  const thisYear = Number(today.slice(0, 4));
  const y = month >= 9 ? thisYear : thisYear - 1; // the school year the demo's support record is in
  const term = demoAutumnTerm(y);

  await addSchoolTerm(access, { kind: "term", label: `Autumn term ${y}`, start: term.start, end: term.end });
  await addSchoolTerm(access, { kind: "closure", label: "Half-term", start: term.halfTerm, end: addDays(term.halfTerm, 4) });

  // From the third week of term: mornings, and Wednesday afternoons, "for four weeks".
  const timetableStart = mondayOf(addDays(term.start, 14));
  const sentHome = addDays(timetableStart, 16); // the Wednesday of the third week on the timetable
  const suspensionStart = addDays(term.halfTerm, 15); // the Tuesday of the second week after half-term
  const records = [
    schoolDayRecordInput({
      kind: "part_time_timetable",
      date: timetableStart,
      sessionsPerWeek: 6,
      hoursPerDay: 3,
      reviewDate: addDays(timetableStart, 28),
      agreedBy: "Mr Daniel Hughes, the head",
      parentAgreed: true,
      schoolSaid: "Sam will come in for the mornings, and on Wednesday afternoons for art, until he is more settled. We will look at it again in four weeks.",
      notes: "I agreed because Sam was so upset in the afternoons. Nobody has said when he will go back to full days.",
    }),
    schoolDayRecordInput({
      kind: "informal_exclusion",
      date: sentHome,
      sessions: 1,
      firstSession: "afternoon",
      time: "12:15",
      schoolSaid: "Mrs Shah phoned at lunchtime: Sam had hidden under a table in the hall and would not come out, so it would be best if I collected him for the afternoon. She said it would not go down as an exclusion.",
    }),
    schoolDayRecordInput({
      kind: "suspension",
      date: suspensionStart,
      endDate: addDays(suspensionStart, 2),
      sessions: 6,
      firstSession: "morning",
      schoolSaid: "Mr Hughes told me at the gate that Sam pushed a teaching assistant when he was asked to go back into class, and is suspended for three days.",
      notes: "No letter has come. I do not know if the governors have been told.",
    }),
  ];
  for (const record of records) if (compareDates(record.date, today) <= 0) await addSchoolDayRecord(access, record);
}
