// What is coming up in a case, from the domain core: the statutory time limits not yet met, the
// meetings ahead, the support plan reviews due, the school day's dates (school-day-dates.ts) and
// an appeal's dates (appeal-dates.ts). Each has a stable key, so a calendar entry or a reminder
// email about it is the same one however often it is worked out.

import { compareDates, daysBetween, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { DEADLINE_LABELS } from "../deadlines/deadline-definitions";
import { formatDate, formatDaysFromToday } from "../presentation";
import { FAMILY_DEADLINES, deadlineRef, listCaseDeadlines } from "../letters/statutory-facts";
import { isAppealEvent, type StatutoryEventsSource } from "../tribunal/appeal-events";
import { isRecentSchoolDay } from "../health/school-day-helpers";
import { listAppealDates, type AppealDateItem, type AppealDatesSource } from "./appeal-dates";
import { AIM_FOR_WORDS, describeStatusBriefly, listSchoolDayDates, type SchoolDayDate } from "./school-day-dates";

export type UpcomingDate = {
  /**
   * "deadline:ehcna_decision:<event id>", "meeting:<id>", "review:<cycle id>",
   * "school-day:<D-id>:<record id>" or "appeal:<appeal id>:…" (appeal-dates.ts).
   */
  key: string;
  date: CalendarDate;
  title: string;
  /** What to do about it, in a sentence or two. */
  whatToDo: string;
  /** Where in the case to act, relative to the case's address, e.g. "statutory". */
  path: string;
  isOverdue: boolean;
};

/**
 * What the dates coming up are worked out from: a whole case document will do, and so will the
 * few columns the reminder job reads for every case at once.
 */
export type UpcomingSource = {
  statutoryEvents: StatutoryEventsSource["statutoryEvents"];
  child: Pick<CaseDocument["child"], "name">;
  meetings: ReadonlyArray<Pick<CaseDocument["meetings"][number], "id" | "date" | "title">>;
  cycles: ReadonlyArray<Pick<CaseDocument["cycles"][number], "id" | "title" | "reviewDate"> & { review: unknown }>;
  schoolDay: CaseDocument["schoolDay"];
  schoolTerms: CaseDocument["schoolTerms"];
  appeals: AppealDatesSource["appeals"];
};

/**
 * A school-day date's title: what it is, whose, and how sure we are of it, e.g. "Written notice of
 * the suspension (Sam; partly checked against the law)" or "… (Sam; aim for this date: not yet
 * checked against the regulations; an estimate)".
 */
export function titleOfSchoolDayDate(item: SchoolDayDate, child: string): string {
  const sureness = item.kind === "aim_for" ? AIM_FOR_WORDS : describeStatusBriefly(item.lengthStatus === "unverified" ? "unverified" : item.ruleStatus);
  return `${item.label} (${[child, sureness, ...(item.isEstimate ? ["an estimate"] : [])].join("; ")})`;
}

/**
 * The school day's dates on the list: those not met, either still ahead or a deadline missed
 * recently (an "aim for" date, a payment or a timetable's end leaves the list once it passes).
 */
function schoolDayDates(document: UpcomingSource, today: CalendarDate): UpcomingDate[] {
  return listSchoolDayDates(document, today)
    .filter((item) => item.status === "open" || (item.status === "passed" && item.canBeMissed && isRecentSchoolDay(item.date, today)))
    .map((item) => ({
      key: item.key,
      date: item.date,
      title: titleOfSchoolDayDate(item, document.child.name),
      whatToDo: item.whatToDo,
      path: `school-day/${item.recordId}`,
      isOverdue: item.status === "passed",
    }));
}

/**
 * An appeal date's title: what it is, whose, and how sure we are of it, e.g. "The council issues
 * the changed plan (Sam; partly checked against the law)", "Tribunal hearing (Sam; the date in the
 * tribunal's directions)".
 */
export function titleOfAppealDate(item: AppealDateItem, child: string): string {
  const sureness =
    item.source === "directions"
      ? "the date in the tribunal's directions"
      : item.kind === "aim_for"
        ? AIM_FOR_WORDS
        : describeStatusBriefly(item.lengthStatus === "partly_verified" ? "partly_verified" : item.ruleStatus);
  return `${item.label} (${child}; ${sureness})`;
}

/**
 * The appeal's dates on the list: those not met, either still ahead or a council deadline missed
 * recently (a date to aim for, a directions date or the family's own leaves the list once it passes).
 */
function appealDates(document: UpcomingSource, today: CalendarDate): UpcomingDate[] {
  return listAppealDates(document, today)
    .filter((item) => item.status === "open" || (item.status === "passed" && item.canBeMissed && isRecentSchoolDay(item.date, today)))
    .map((item) => ({
      key: item.key,
      date: item.date,
      title: titleOfAppealDate(item, document.child.name),
      whatToDo: item.whatToDo,
      path: `appeals/${item.appealId}`,
      isOverdue: item.status === "passed",
    }));
}

/**
 * Whether the deadline engine's appeal date is already dealt with by an appeal the family sent
 * against that decision: the workspace holds it from then on, so it is not listed twice.
 */
function isAppealSent(deadline: { key: string; fromEventId?: string | null }, appeals: UpcomingSource["appeals"]): boolean {
  return (
    deadline.key === "appeal" &&
    appeals.some((appeal) => appeal.decisionEventId !== null && appeal.decisionEventId === deadline.fromEventId && (appeal.submittedOn !== null || appeal.status !== "preparing"))
  );
}

/**
 * The workspace of an appeal being prepared against the decision an appeal date runs from, or
 * whose own certificate moved it, if there is one.
 */
function appealBeingPrepared(deadline: { key: string; fromEventId?: string | null }, appeals: UpcomingSource["appeals"]): string | null {
  if (deadline.key !== "appeal") return null;
  const fromEventId = deadline.fromEventId ?? null;
  const appeal = appeals.find((entry) => (entry.decisionEventId !== null && entry.decisionEventId === fromEventId) || isAppealEvent(fromEventId, entry.id));
  return appeal ? `appeals/${appeal.id}` : null;
}

export function upcomingDates(document: UpcomingSource, today: CalendarDate): UpcomingDate[] {
  const child = document.child.name;
  const deadlines = listCaseDeadlines(document, today)
    .filter((deadline) => deadline.status !== "met" && !isAppealSent(deadline, document.appeals))
    .map((deadline): UpcomingDate => {
      const isFamilys = FAMILY_DEADLINES.has(deadline.key);
      return {
        key: `deadline:${deadlineRef(deadline)}`,
        date: deadline.due,
        title: `${DEADLINE_LABELS[deadline.key]} (${child})`,
        whatToDo:
          deadline.status === "overdue"
            ? deadline.ifMissed
            : isFamilys
              ? `This is your own time limit. ${deadline.explanation}`
              : `${deadline.explanation} If nothing has arrived by then, Clearpath can write a letter chasing it.`,
        path: deadline.key === "draft_plan_comments" ? "plans" : (appealBeingPrepared(deadline, document.appeals) ?? "statutory"),
        isOverdue: deadline.status === "overdue",
      };
    });
  const meetings = document.meetings
    .filter((meeting) => compareDates(meeting.date, today) >= 0)
    .map((meeting): UpcomingDate => ({
      key: `meeting:${meeting.id}`,
      date: meeting.date,
      title: `${meeting.title ?? "Meeting"} (${child})`,
      whatToDo: "Open the preparation sheet: it lists what to raise, from your records, and your questions.",
      path: `meetings/${meeting.id}/prepare`,
      isOverdue: false,
    }));
  const reviews = document.cycles
    .filter((cycle) => !cycle.review && cycle.reviewDate)
    .map((cycle): UpcomingDate => ({
      key: `review:${cycle.id}`,
      date: cycle.reviewDate!,
      title: `Review of ${cycle.title ?? "the support plan"} (${child})`,
      whatToDo: "The school should review the plan with you on this date. Ask for the meeting if no date has been set.",
      path: `support/${cycle.id}`,
      isOverdue: compareDates(cycle.reviewDate!, today) < 0,
    }));
  return [...deadlines, ...meetings, ...reviews, ...schoolDayDates(document, today), ...appealDates(document, today)].sort((a, b) => compareDates(a.date, b.date) || a.key.localeCompare(b.key));
}

/**
 * The dates to send a reminder about today: still ahead (or today), and no more than
 * `daysBefore` days away. A day the job did not run is caught up on the next, while the date is
 * still ahead; each reminder goes once (the sender keeps which went).
 */
export function remindersDue(items: readonly UpcomingDate[], today: CalendarDate, daysBefore: number): UpcomingDate[] {
  return items.filter((item) => {
    const left = daysBetween(today, item.date);
    return left >= 0 && left <= daysBefore;
  });
}

/** The reminder email: what is due and when, what to do, and where. */
export function reminderEmail(item: UpcomingDate, today: CalendarDate, link: string | null): { subject: string; text: string } {
  const when = formatDaysFromToday(item.date, today);
  const date = formatDate(item.date);
  return {
    subject: `Due ${when}: ${item.title}`,
    text: [
      `${item.title} is due ${when}, on ${date}.`,
      "",
      `What to do: ${item.whatToDo}`,
      "",
      link ? `Open it in Clearpath: ${link}` : "Open Clearpath to see it.",
      "",
      "You get these reminders because you turned them on in Clearpath. You can change when they come, or turn them off, under Account, then Calendar and reminders.",
    ].join("\n"),
  };
}
