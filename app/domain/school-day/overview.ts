// What the school-day page shows, worked out from the case: the headline for a phone's first
// screen, the education lost this term and this school year by cause (each figure with the
// records behind it), the dates (deadlines and "aim for" dates, per the lead's decision 1), the
// 45-day check, the legal position for the kinds of record present and the letters that fit.
// Pure: the case's records and "today" in, plain data out.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../case/case-document";
import type { SchoolDayKind } from "../codes/school-day";
import { describeSchoolDayRecord } from "../chronology/describe-school-day-record";
import { findRule } from "../law/get-rule";
import { LAW_AS_AT } from "../law/catalogue";
import type { Citation, Verification } from "../law/law-rule";
import { describeVerification } from "../law/statements";
import { findLetterTemplate } from "../letters/registry";
import { plural } from "../presentation";
import { LOST_CATEGORIES, type LostCategory, type LostSummary, type LostTotal } from "./education-lost";
import { readSchoolDay } from "./from-case";
import { listLegalPosition, type LegalTopic } from "./legal-position";
import { listSchoolDayDates } from "../reminders/school-day-dates";
import { SUSPENSION_CAP_DAYS } from "./school-day-rules";
import { findTermOf, schoolYearOf } from "./school-days";

/** Each cause of lost education in the words the page uses (reference 4.2 keeps them apart). */
export const LOST_CATEGORY_LABELS: Record<LostCategory, string> = {
  formal: "Suspensions and exclusions",
  informal: "Sent home without a formal exclusion",
  part_time: "Part-time timetable",
  health: "Health",
};

export type LostFigure = {
  /** Names the figure in an address (`?show=term-informal`), so it can list the records behind it. */
  key: string;
  category: LostCategory;
  label: string;
  sessions: number;
  schoolDays: number;
  eventIds: string[];
};

export type LostPeriod = {
  period: "term" | "year";
  label: string;
  figures: LostFigure[];
  total: LostTotal;
};

export type RuleView = {
  id: string;
  title: string;
  summary: string;
  /** How sure we are of the rule, in the words every page shows beside it. */
  status: string;
  verification: Verification;
  citations: readonly Citation[];
};

export type SchoolDayDateView = {
  key: string;
  /** The reference's D- id (D-EXCL-…, D-GOV-…, D-IRP-APPLY, D-PTT-REVIEW, D-PENALTY-PAY). */
  id: string;
  label: string;
  timing: "by" | "by_end_of_afternoon_session" | "from";
  /** The date to show: the due date, or for an "aim for" date the earlier target. */
  date: CalendarDate;
  /**
   * True when the rule or the length is not yet checked (decision 1): shown as a date to aim
   * for, never as a date missed.
   */
  isAimFor: boolean;
  ruleId: string;
  ruleStatus: Verification;
  ruleStatusText: string;
  lengthStatus: Verification;
  /** The reference's section 6 question still open, when there is one. */
  openQuestion: number | null;
  isEstimate: boolean;
  state: "met" | "passed" | "today" | "coming";
  recordIds: string[];
  /** What to do about it, with the rule's status where it states one. */
  note: string | null;
};

export type SuspensionCapView = {
  schoolYear: number;
  schoolDays: number;
  cap: number;
  isOverCap: boolean;
  ruleStatusText: string;
  isEstimate: boolean;
  recordIds: string[];
};

export type RecordSummary = {
  id: string;
  kind: SchoolDayKind;
  /** As the timeline names it: "Suspension: 3 school days". */
  title: string;
  /** The rest of what was recorded, in one line, or null. */
  detail: string | null;
  date: CalendarDate;
  endDate: CalendarDate | null;
};

export type LegalTopicView = { topic: LegalTopic; heading: string; rules: RuleView[] };

export type LetterSuggestion = {
  kind: string;
  label: string;
  whenToUse: string;
  /** The letter's question that picks this record, answered (`?exclusionId=<id>`), from a record's page. */
  preset: { name: string; value: string } | null;
};

/** The letter question that names one record of each kind (the school-day letters' options). */
const RECORD_OPTION_OF_KIND: Partial<Record<SchoolDayKind, string>> = {
  suspension: "exclusionId",
  permanent_exclusion: "exclusionId",
  part_time_timetable: "timetableId",
  restraint: "incidentId",
  penalty_notice: "noticeId",
};

export type SchoolDayOverview = {
  headline: string;
  hasRecords: boolean;
  isEstimate: boolean;
  term: LostPeriod & { recordCount: number };
  year: LostPeriod;
  dates: SchoolDayDateView[];
  suspensionCap: SuspensionCapView | null;
  legalPosition: LegalTopicView[];
  letters: LetterSuggestion[];
  /** Every record, newest first; `shown` is the part a figure asked for (all when none). */
  records: RecordSummary[];
  shown: { figure: LostFigure; period: string } | null;
};

/** The school-day letters (the lead's decision 3) each kind of record makes useful. */
const LETTERS_OF_KIND: Partial<Record<SchoolDayKind, readonly string[]>> = {
  informal_exclusion: ["informal_exclusion_concern"],
  suspension: ["exclusion_notice_request", "governors_representations", "sixth_day_education_request"],
  permanent_exclusion: ["exclusion_notice_request", "governors_representations", "review_panel_request", "sixth_day_education_request"],
  part_time_timetable: ["part_time_timetable_review"],
  restraint: ["restraint_record_request"],
  absence: ["section_19_request"],
  attendance_letter: ["attendance_support_request"],
  penalty_notice: ["attendance_support_request"],
};

/** A rule as the page shows it: the version in force today, or else as the catalogue states the law. */
export function viewRule(id: string, today: CalendarDate): RuleView | null {
  const rule = findRule(id, today) ?? findRule(id, LAW_AS_AT);
  if (!rule) return null;
  return { id: rule.id, title: rule.title, summary: rule.summary, status: describeVerification(rule), verification: rule.verification, citations: rule.citations };
}

/** How the date is to be met: the written notice by the end of the afternoon, full-time education from the 6th day. */
const TIMING_OF: Partial<Record<string, SchoolDayDateView["timing"]>> = {
  "D-EXCL-NOTICE": "by_end_of_afternoon_session",
  "D-EXCL-6TH": "from",
};

/**
 * The school-day dates as the page lists them, soonest first: the same dates as the coming-up
 * list and the reminders (listSchoolDayDates), with the rule's status in words and whether the
 * date is today.
 */
export function viewSchoolDayDates(options: { caseDocument: Pick<CaseDocument, "schoolDay" | "schoolTerms">; today: CalendarDate }): SchoolDayDateView[] {
  const { today } = options;
  return listSchoolDayDates(options.caseDocument, today).map((date): SchoolDayDateView => ({
    key: date.key,
    id: date.deadlineId,
    label: date.label,
    timing: TIMING_OF[date.deadlineId] ?? "by",
    date: date.date,
    isAimFor: date.kind === "aim_for",
    ruleId: date.ruleId,
    ruleStatus: date.ruleStatus,
    ruleStatusText: viewRule(date.ruleId, today)?.status ?? "",
    lengthStatus: date.lengthStatus,
    openQuestion: date.openQuestion,
    isEstimate: date.isEstimate,
    state: date.status === "met" ? "met" : compareDates(date.date, today) === 0 ? "today" : date.status === "passed" ? "passed" : "coming",
    recordIds: date.recordIds,
    note: date.whatToDo,
  }));
}

const EMPTY_TOTAL: LostTotal = { sessions: 0, schoolDays: 0, eventIds: [] };

function viewPeriod(period: "term" | "year", label: string, summary: LostSummary | undefined): LostPeriod {
  return {
    period,
    label,
    figures: LOST_CATEGORIES.map((category) => ({
      key: `${period}-${category}`,
      category,
      label: LOST_CATEGORY_LABELS[category],
      ...(summary?.byCategory[category] ?? EMPTY_TOTAL),
    })),
    total: summary?.total ?? EMPTY_TOTAL,
  };
}

/** "School year 2026 to 2027". */
export function schoolYearLabel(schoolYear: number): string {
  return `School year ${schoolYear} to ${schoolYear + 1}`;
}

/** The letters that fit the kinds of record present, each once, only those Clearpath can write. */
export function suggestSchoolDayLetters(kinds: readonly SchoolDayKind[]): LetterSuggestion[] {
  const wanted = [...new Set(kinds.flatMap((kind) => LETTERS_OF_KIND[kind] ?? []))];
  return wanted.flatMap((kind) => {
    const template = findLetterTemplate(kind);
    return template ? [{ kind, label: template.label, whenToUse: template.whenToUse, preset: null }] : [];
  });
}

function byNewest(a: SchoolDayRecord, b: SchoolDayRecord): number {
  return compareDates(b.date, a.date);
}

/**
 * The school-day page's content on `today`. `show` names a figure ("term-informal") whose records
 * the list narrows to; an unknown name shows every record.
 *
 * Example: one afternoon sent home in the autumn term of 2026 gives, on 2026-11-20, the headline
 * "1 record in Autumn term 2026; half a school day lost." and the informal topic's rule
 * R-DAY-EXCL-INFORMAL.
 */
export function buildSchoolDayOverview(options: {
  caseDocument: Pick<CaseDocument, "schoolDay" | "schoolTerms">;
  today: CalendarDate;
  show?: string | null;
}): SchoolDayOverview {
  const { caseDocument, today } = options;
  const reading = readSchoolDay(caseDocument, today);
  const records = [...caseDocument.schoolDay].sort(byNewest);
  const thisTerm = findTermOf(today, reading.calendar);
  const schoolYear = schoolYearOf(today);
  const term = {
    ...viewPeriod("term", thisTerm.label, reading.educationLost.terms.find((entry) => entry.term.key === thisTerm.key)),
    recordCount: records.filter((record) => findTermOf(record.date, reading.calendar).key === thisTerm.key).length,
  };
  const year = viewPeriod("year", schoolYearLabel(schoolYear), reading.educationLost.schoolYears.find((entry) => entry.schoolYear === schoolYear));
  const kinds = records.map((record) => record.kind);
  const cap = reading.suspensionCaps.find((check) => check.schoolYear === schoolYear);
  const figure = [...term.figures, ...year.figures].find((entry) => entry.key === options.show);
  const shownRecords = figure ? records.filter((record) => figure.eventIds.includes(record.id)) : records;
  return {
    headline: describeHeadline({ recordCount: term.recordCount, termLabel: term.label, lost: term.total, hasRecords: records.length > 0, isEstimate: reading.isEstimatedCalendar }),
    hasRecords: records.length > 0,
    isEstimate: reading.isEstimatedCalendar,
    term,
    year,
    dates: viewSchoolDayDates({ caseDocument, today }),
    suspensionCap: cap
      ? {
          schoolYear: cap.schoolYear,
          schoolDays: cap.schoolDays,
          cap: SUSPENSION_CAP_DAYS,
          isOverCap: cap.isOverCap,
          ruleStatusText: viewRule(cap.ruleId, today)?.status ?? "",
          isEstimate: cap.isEstimate,
          recordIds: cap.suspensionIds,
        }
      : null,
    legalPosition: listLegalPosition(kinds).map((topic) => ({
      topic: topic.topic,
      heading: topic.heading,
      rules: topic.ruleIds.flatMap((id) => viewRule(id, today) ?? []),
    })),
    letters: suggestSchoolDayLetters(kinds),
    records: shownRecords.map((record) => summariseRecord(record)),
    shown: figure ? { figure, period: figure.key.startsWith("term") ? term.label : year.label } : null,
  };
}

/** A record as the list shows it, named as the timeline names it. */
export function summariseRecord(record: SchoolDayRecord): RecordSummary {
  return {
    id: record.id,
    kind: record.kind,
    ...describeSchoolDayRecord(record),
    date: record.date,
    endDate: record.endDate,
  };
}

/**
 * The most important fact, first on a phone: what was recorded this term and the school days lost.
 *
 * Example: 3 records and 9 sessions lost in the autumn term give
 * "3 records in Autumn term 2026; 4.5 school days lost."
 */
export function describeHeadline(options: { recordCount: number; termLabel: string; lost: LostTotal; hasRecords: boolean; isEstimate: boolean }): string {
  if (!options.hasRecords) return "Nothing is recorded about the school day yet.";
  const lost =
    options.lost.sessions === 0
      ? "no school days lost"
      : `${options.lost.sessions === 1 ? "half a school day" : plural(options.lost.schoolDays, "school day")} lost`;
  const estimate = options.isEstimate && options.lost.sessions > 0 ? " (an estimate)" : "";
  return `${plural(options.recordCount, "record")} in ${options.termLabel}; ${lost}${estimate}.`;
}

export type RecordView = {
  record: RecordSummary;
  isEstimate: boolean;
  /** The record's own share of the education lost, per term (none for records that take no school time). */
  lost: Array<{ termLabel: string; sessions: number; schoolDays: number; category: LostCategory }>;
  dates: SchoolDayDateView[];
  legalPosition: LegalTopicView[];
  letters: LetterSuggestion[];
};

/**
 * What follows from one record: its dates, its share of the education lost and the rules and
 * letters for its kind. The dates are worked out with every record, so suspensions in a row run
 * together as the law counts them.
 *
 * Example: a 3-day suspension gives its D-EXCL-NOTICE date and 3 school days lost in its term.
 */
export function buildRecordView(options: { caseDocument: Pick<CaseDocument, "schoolDay" | "schoolTerms">; record: SchoolDayRecord; today: CalendarDate }): RecordView {
  const { caseDocument, record, today } = options;
  const reading = readSchoolDay(caseDocument, today);
  const own = readSchoolDay({ schoolDay: [record], schoolTerms: caseDocument.schoolTerms }, today);
  return {
    record: summariseRecord(record),
    isEstimate: reading.isEstimatedCalendar,
    lost: own.educationLost.terms.flatMap((term) =>
      LOST_CATEGORIES.filter((category) => term.byCategory[category].sessions > 0).map((category) => ({
        termLabel: term.term.label,
        sessions: term.byCategory[category].sessions,
        schoolDays: term.byCategory[category].schoolDays,
        category,
      })),
    ),
    dates: viewSchoolDayDates({ caseDocument, today }).filter((date) => date.recordIds.includes(record.id)),
    legalPosition: listLegalPosition([record.kind]).map((topic) => ({
      topic: topic.topic,
      heading: topic.heading,
      rules: topic.ruleIds.flatMap((id) => viewRule(id, today) ?? []),
    })),
    letters: suggestSchoolDayLetters([record.kind]).map((letter) => {
      const name = RECORD_OPTION_OF_KIND[record.kind];
      return name ? { ...letter, preset: { name, value: record.id } } : letter;
    }),
  };
}
