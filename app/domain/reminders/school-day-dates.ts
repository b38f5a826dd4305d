// The school day's dates for the "coming up" list, the reminders, the calendars and the statutory
// page: the exclusion deadlines and "aim for" dates (the lead's decision 1 for issue 22), the part-time
// timetable's agreed review and end, and the days to pay a penalty notice. Each with its D- id,
// its rule and the rule's status, whether it is an estimate, and the record it comes from.

import { addDays, compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../case/case-document";
import { LAW_AS_AT, type RuleId } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import type { Verification } from "../law/law-rule";
import { formatDate, formatWeekdayDate } from "../presentation";
import { readSchoolDay } from "../school-day/from-case";
import type { SchoolDayDeadline } from "../school-day/deadlines";

/**
 * A penalty notice is paid at the lower rate within 21 days "beginning with" the day it was
 * received, so the last day is received + 20 (R-DAY-PENALTY, SI 2024/210 reg 4 wording read,
 * partly verified).
 */
export const PENALTY_LOWER_RATE_DAYS = 21;
/** The higher rate within 28 days, assumed to count the same way (received + 27): unverified. */
export const PENALTY_HIGHER_RATE_DAYS = 28;
/** The lower and higher amounts of a first penalty notice, in pounds (R-DAY-PENALTY). A second is £160 flat. */
export const PENALTY_LOWER_AMOUNT = 80;
export const PENALTY_HIGHER_AMOUNT = 160;

export type SchoolDayDateId = SchoolDayDeadline["id"] | "D-PTT-REVIEW" | "D-PENALTY-PAY";

export type SchoolDayDate = {
  /** "school-day:<D-id>:<record id>", with ":end" or ":28" for a record's second date of that id. */
  key: string;
  deadlineId: SchoolDayDateId;
  ruleId: RuleId;
  ruleStatus: Verification;
  /** How far the length and way of counting were checked. */
  lengthStatus: Verification;
  /** The reference's open question to close before this is a deadline, or null. */
  openQuestion: number | null;
  /**
   * "deadline": a date that can be missed. "aim_for": a date not yet checked against the
   * regulations (its rule or length unverified), shown so a family acts early, never as missed.
   */
  kind: "deadline" | "aim_for";
  /** What the date is, e.g. "Written notice of the suspension". */
  label: string;
  /** The date to show: the due date, or for an "aim for" date, the earlier target. */
  date: CalendarDate;
  /** The last day the count allows, when the date shown is an earlier target. */
  latest: CalendarDate | null;
  /** "met": recorded as done; "passed": a deadline gone by, not met; "open": otherwise. */
  status: "met" | "open" | "passed";
  /** Whether the date counts as missed once it passes; false when what would meet it is not recorded (a payment). */
  canBeMissed: boolean;
  isEstimate: boolean;
  /** The record it comes from (the page is /cases/:caseId/school-day/:recordId) and any others behind it. */
  recordId: string;
  recordIds: string[];
  /** What to do about it, in a sentence or two, with the rule's status. */
  whatToDo: string;
};

/** A rule's status in a few words, for a title: "partly checked against the law". */
export function describeStatusBriefly(status: Verification): string {
  return status === "verified"
    ? "checked against the law"
    : status === "partly_verified"
      ? "partly checked against the law"
      : "not yet checked against the law";
}

/** The words a date not yet checked carries everywhere it is shown (the lead's decision 1). */
export const AIM_FOR_WORDS = "aim for this date: not yet checked against the regulations";

/** "Aim for" when the rule or the length is unverified (the lead's decision 1 for issue 22). */
function isAimFor(deadline: Pick<SchoolDayDeadline, "ruleStatus" | "lengthStatus">): boolean {
  return deadline.ruleStatus === "unverified" || deadline.lengthStatus === "unverified";
}

const EXCLUSION_LABELS: Record<SchoolDayDeadline["id"], (what: string) => string> = {
  "D-EXCL-NOTICE": (what) => `Written notice of the ${what}`,
  "D-EXCL-6TH": () => "Full-time education from the 6th day of exclusion",
  "D-GOV-15": () => "The governors decide whether to take your child back",
  "D-GOV-50": () => "The governors decide whether to take your child back",
  "D-IRP-APPLY": () => "Ask for an independent review panel",
};

function statusOfRule(id: RuleId): Verification {
  return getRule(id, LAW_AS_AT).verification;
}

function exclusionWhatToDo(deadline: SchoolDayDeadline, record: SchoolDayRecord): string {
  const isPermanent = record.kind === "permanent_exclusion";
  switch (deadline.id) {
    case "D-EXCL-NOTICE":
      return `The school must give you the written notice by the end of the afternoon on ${formatWeekdayDate(deadline.due)}. Record the day it arrives; if it has not, ask the head for it.`;
    case "D-EXCL-6TH":
      return `From ${formatWeekdayDate(deadline.due)}, ${isPermanent ? "the council" : "the governors (at an academy, the trust)"} must arrange suitable full-time education. Record when it starts; if it has not, Clearpath can write to ask for it.`;
    case "D-GOV-15":
    case "D-GOV-50":
      return `Aim to have the governors' decision by ${formatWeekdayDate(deadline.target)}. The time the regulations give (counted in school days) is not yet checked (open question ${deadline.openQuestion}), so this date is a guide, not a legal deadline. Send your views to the governors well before.`;
    case "D-IRP-APPLY":
      return `Aim to send your request for an independent review panel by ${formatWeekdayDate(deadline.target)} at the latest; the limit may be ${formatWeekdayDate(deadline.due)}, but its length is not yet checked against the regulations (open question ${deadline.openQuestion}), and a late request may be refused. You can ask for an SEN expert at the panel.`;
  }
}

function isExclusionDeadlineMet(
  deadline: SchoolDayDeadline,
  records: readonly SchoolDayRecord[],
): boolean {
  switch (deadline.id) {
    case "D-EXCL-NOTICE":
      return records.every((record) => record.noticeReceivedOn !== null);
    case "D-EXCL-6TH":
      return records.some(
        (record) =>
          record.educationArrangedFrom !== null &&
          compareDates(record.educationArrangedFrom, deadline.due) <= 0,
      );
    case "D-GOV-15":
    case "D-GOV-50":
      // The parent is told the board's decision on a permanent exclusion; nothing records it for a suspension.
      return records.some((record) => record.decisionToldOn !== null);
    case "D-IRP-APPLY":
      return false;
  }
}

function fromExclusions(
  source: Pick<CaseDocument, "schoolDay" | "schoolTerms">,
  today: CalendarDate,
): SchoolDayDate[] {
  const byId = new Map(source.schoolDay.map((record) => [record.id, record]));
  return readSchoolDay(source, today).deadlines.flatMap((deadline): SchoolDayDate[] => {
    const records = deadline.exclusionIds.flatMap((id) => byId.get(id) ?? []);
    const record = records[0];
    if (!record) return [];
    const aimFor = isAimFor(deadline);
    const isMet = isExclusionDeadlineMet(deadline, records);
    const date = aimFor ? deadline.target : deadline.due;
    const what = record.kind === "permanent_exclusion" ? "permanent exclusion" : "suspension";
    return [
      {
        key: `school-day:${deadline.id}:${record.id}`,
        deadlineId: deadline.id,
        ruleId: deadline.ruleId,
        ruleStatus: deadline.ruleStatus,
        lengthStatus: deadline.lengthStatus,
        openQuestion: deadline.openQuestion,
        kind: aimFor ? "aim_for" : "deadline",
        label: EXCLUSION_LABELS[deadline.id](what),
        date,
        latest: deadline.due !== date ? deadline.due : null,
        status: isMet ? "met" : compareDates(date, today) < 0 ? "passed" : "open",
        canBeMissed: !aimFor,
        isEstimate: deadline.isEstimate,
        recordId: record.id,
        recordIds: records.map((entry) => entry.id),
        whatToDo: exclusionWhatToDo(deadline, record),
      },
    ];
  });
}

function fromTimetables(records: readonly SchoolDayRecord[], today: CalendarDate): SchoolDayDate[] {
  const ruleStatus = statusOfRule("R-DAY-PTT");
  const common = {
    deadlineId: "D-PTT-REVIEW",
    ruleId: "R-DAY-PTT",
    ruleStatus,
    lengthStatus: "verified",
    openQuestion: null,
    kind: "deadline",
    latest: null,
    isEstimate: false,
  } as const;
  return records
    .filter((record) => record.kind === "part_time_timetable")
    .flatMap((record): SchoolDayDate[] => {
      const dates: SchoolDayDate[] = [];
      if (record.reviewDate)
        dates.push({
          ...common,
          key: `school-day:D-PTT-REVIEW:${record.id}`,
          label: "Review of the part-time timetable",
          date: record.reviewDate,
          status: compareDates(record.reviewDate, today) < 0 ? "passed" : "open",
          canBeMissed: true,
          recordId: record.id,
          recordIds: [record.id],
          whatToDo: `The school agreed to review the part-time timetable by ${formatDate(record.reviewDate)}, with you. A part-time timetable must be reviewed regularly and be as short as possible. Ask for the meeting if none is set, and record the new review date after it.`,
        });
      if (record.endDate)
        dates.push({
          ...common,
          key: `school-day:D-PTT-REVIEW:${record.id}:end`,
          label: "Agreed end of the part-time timetable",
          date: record.endDate,
          status: compareDates(record.endDate, today) < 0 ? "passed" : "open",
          canBeMissed: false,
          recordId: record.id,
          recordIds: [record.id],
          whatToDo: `Your child should be back in school full time after ${formatDate(record.endDate)}, as agreed. If the school wants to go on, ask why, and for a plan and a new date, in writing.`,
        });
      return dates;
    });
}

function fromPenaltyNotices(
  records: readonly SchoolDayRecord[],
  today: CalendarDate,
): SchoolDayDate[] {
  const ruleStatus = statusOfRule("R-DAY-PENALTY");
  return records
    .filter((record) => record.kind === "penalty_notice")
    .flatMap((record): SchoolDayDate[] => {
      // A second notice within three years is £160 flat, paid within 28 days.
      const isFlat = record.amount === PENALTY_HIGHER_AMOUNT;
      const rates = [
        ...(isFlat
          ? []
          : [
              {
                days: PENALTY_LOWER_RATE_DAYS,
                amount: PENALTY_LOWER_AMOUNT,
                suffix: "",
                lengthStatus: "partly_verified" as const,
              },
            ]),
        {
          days: PENALTY_HIGHER_RATE_DAYS,
          amount: PENALTY_HIGHER_AMOUNT,
          suffix: isFlat ? "" : ":28",
          lengthStatus: "unverified" as const,
        },
      ];
      return rates.map(({ days, amount, suffix, lengthStatus }) => {
        // "Beginning with" the day received: that day is day 1.
        const date = addDays(record.date, days - 1);
        return {
          key: `school-day:D-PENALTY-PAY:${record.id}${suffix}`,
          deadlineId: "D-PENALTY-PAY",
          ruleId: "R-DAY-PENALTY",
          ruleStatus,
          lengthStatus,
          openQuestion: null,
          kind: "deadline",
          label: `Pay the penalty notice at £${amount}`,
          date,
          latest: null,
          status: compareDates(date, today) < 0 ? "passed" : "open",
          // Whether it was paid is not recorded, so the date is never called missed.
          canBeMissed: false,
          isEstimate: false,
          recordId: record.id,
          recordIds: [record.id],
          whatToDo: `A penalty notice received on ${formatDate(record.date)} is £${amount} if paid by ${formatDate(date)} (${days} days, counting the day it arrived${lengthStatus === "unverified" ? "; how this longer period is counted is not yet checked against the regulations" : ""}). If your child's absence is linked to their needs, you can ask the school for support first and challenge the notice; if it is not paid, the council may prosecute.`,
        };
      });
    });
}

/**
 * Every school-day date of a case, in date order.
 *
 * Example: an 8-day suspension from Mon 9 Nov 2026 (no notice recorded) gives
 * { key: "school-day:D-EXCL-NOTICE:s1", kind: "deadline", date: "2026-11-09", ... } and
 * { key: "school-day:D-EXCL-6TH:s1", date: "2026-11-16", ... }; a penalty notice received on
 * 2 Nov 2026 gives £80 by 2026-11-22 and £160 by 2026-11-29.
 */
export function listSchoolDayDates(
  source: Pick<CaseDocument, "schoolDay" | "schoolTerms">,
  today: CalendarDate,
): SchoolDayDate[] {
  return [
    ...fromExclusions(source, today),
    ...fromTimetables(source.schoolDay, today),
    ...fromPenaltyNotices(source.schoolDay, today),
  ].sort((a, b) => compareDates(a.date, b.date) || a.key.localeCompare(b.key));
}
