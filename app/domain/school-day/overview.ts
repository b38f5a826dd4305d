// What the school-day page shows, worked out from the case: the headline for a phone's first
// screen, the education lost this term and this school year by cause (each figure with the
// records behind it), the dates (deadlines and "aim for" dates, per the lead's decision 1), the
// 45-day check, the legal position for the kinds of record present and the letters that fit.
// Pure: the case's records and "today" in, plain data out.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, SchoolDayRecord } from "../case/case-document";
import { SCHOOL_DAY_KIND_NAMES, type SchoolDayKind } from "../codes/school-day";
import { findRule } from "../law/get-rule";
import { LAW_AS_AT } from "../law/catalogue";
import type { Citation, Verification } from "../law/law-rule";
import { describeVerification } from "../law/statements";
import { findLetterTemplate } from "../letters/registry";
import { plural } from "../presentation";
import { describeRecordFact } from "./describe-record";
import { LOST_CATEGORIES, type LostCategory, type LostSummary, type LostTotal } from "./education-lost";
import { readSchoolDay, type SchoolDayReading } from "./from-case";
import { listLegalPosition, type LegalTopic } from "./legal-position";
import { listRecordedDates, type RecordedDate } from "./recorded-dates";
import { SUSPENSION_CAP_DAYS } from "./school-day-rules";
import { findTermOf, schoolYearOf } from "./school-days";
import type { SchoolDayDeadline } from "./deadlines";

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
  /** The reference's D- id. */
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
  name: string;
  fact: string | null;
  date: CalendarDate;
  endDate: CalendarDate | null;
};

export type LegalTopicView = { topic: LegalTopic; heading: string; rules: RuleView[] };

export type LetterSuggestion = { kind: string; label: string; whenToUse: string };

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

const DEADLINE_LABELS: Record<string, string> = {
  "D-EXCL-NOTICE": "The school's written notice of the exclusion",
  "D-EXCL-6TH": "Full-time education arranged elsewhere",
  "D-GOV-15": "The governors decide whether to take your child back",
  "D-GOV-50": "The governors decide, after what you told them",
  "D-IRP-APPLY": "Ask for an independent review panel",
};

const RECORDED_LABELS: Record<RecordedDate["what"], string> = {
  review: "The part-time timetable's agreed review",
  end: "The part-time timetable's agreed end",
  lower_rate: "Pay the penalty notice at the lower rate",
  higher_rate: "Pay the penalty notice at the higher rate",
};

/** A rule as the page shows it: the version in force today, or else as the catalogue states the law. */
export function viewRule(id: string, today: CalendarDate): RuleView | null {
  const rule = findRule(id, today) ?? findRule(id, LAW_AS_AT);
  if (!rule) return null;
  return { id: rule.id, title: rule.title, summary: rule.summary, status: describeVerification(rule), verification: rule.verification, citations: rule.citations };
}

function stateOf(date: CalendarDate, today: CalendarDate, isMet: boolean): SchoolDayDateView["state"] {
  if (isMet) return "met";
  const order = compareDates(date, today);
  return order < 0 ? "passed" : order === 0 ? "today" : "coming";
}

function statusText(ruleId: string, today: CalendarDate): string {
  return viewRule(ruleId, today)?.status ?? "";
}

/** Whether the records behind an exclusion date show it was met: the notice arrived, or education was arranged. */
function isDeadlineMet(deadline: SchoolDayDeadline, records: readonly SchoolDayRecord[]): boolean {
  const behind = records.filter((record) => deadline.exclusionIds.includes(record.id));
  if (behind.length === 0) return false;
  if (deadline.id === "D-EXCL-NOTICE") return behind.every((record) => record.noticeReceivedOn !== null);
  if (deadline.id === "D-EXCL-6TH") return behind.some((record) => record.educationArrangedFrom !== null && compareDates(record.educationArrangedFrom, deadline.due) <= 0);
  return false;
}

/** The exclusion deadlines and the recorded dates as the page lists them, soonest first. */
export function viewSchoolDayDates(options: { reading: SchoolDayReading; records: readonly SchoolDayRecord[]; today: CalendarDate }): SchoolDayDateView[] {
  const { reading, records, today } = options;
  const exclusionDates = reading.deadlines.map((deadline, index): SchoolDayDateView => {
    const isAimFor = deadline.ruleStatus === "unverified" || deadline.lengthStatus === "unverified";
    const date = isAimFor ? deadline.target : deadline.due;
    return {
      key: `${deadline.id}-${index}`,
      id: deadline.id,
      label: DEADLINE_LABELS[deadline.id] ?? deadline.id,
      timing: deadline.timing,
      date,
      isAimFor,
      ruleId: deadline.ruleId,
      ruleStatus: deadline.ruleStatus,
      ruleStatusText: statusText(deadline.ruleId, today),
      lengthStatus: deadline.lengthStatus,
      openQuestion: deadline.openQuestion,
      isEstimate: deadline.isEstimate,
      state: stateOf(date, today, isDeadlineMet(deadline, records)),
      recordIds: deadline.exclusionIds,
      note: deadline.id === "D-IRP-APPLY" ? "Late requests may be refused, so send yours as early as you can." : null,
    };
  });
  const recordedDates = listRecordedDates(records).map((recorded, index): SchoolDayDateView => {
    const isAimFor = recorded.lengthStatus === "unverified";
    return {
      key: `${recorded.id}-${recorded.what}-${index}`,
      id: recorded.id,
      label: RECORDED_LABELS[recorded.what],
      timing: "by",
      date: recorded.due,
      isAimFor,
      ruleId: recorded.ruleId,
      ruleStatus: recorded.ruleStatus,
      ruleStatusText: statusText(recorded.ruleId, today),
      lengthStatus: recorded.lengthStatus,
      openQuestion: null,
      // A recorded date is the school's own; a penalty's days are calendar days.
      isEstimate: false,
      state: stateOf(recorded.due, today, false),
      recordIds: [recorded.recordId],
      note: recorded.what === "review" || recorded.what === "end" ? "The date the school agreed." : null,
    };
  });
  return [...exclusionDates, ...recordedDates].sort((a, b) => compareDates(a.date, b.date));
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
    return template ? [{ kind, label: template.label, whenToUse: template.whenToUse }] : [];
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
    dates: viewSchoolDayDates({ reading, records, today }),
    suspensionCap: cap
      ? {
          schoolYear: cap.schoolYear,
          schoolDays: cap.schoolDays,
          cap: SUSPENSION_CAP_DAYS,
          isOverCap: cap.isOverCap,
          ruleStatusText: statusText(cap.ruleId, today),
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
    records: shownRecords.map((record) => summariseRecord(record, reading)),
    shown: figure ? { figure, period: figure.key.startsWith("term") ? term.label : year.label } : null,
  };
}

/** A record as the list shows it. */
export function summariseRecord(record: SchoolDayRecord, reading: Pick<SchoolDayReading, "calendar">): RecordSummary {
  return {
    id: record.id,
    kind: record.kind,
    name: SCHOOL_DAY_KIND_NAMES[record.kind],
    fact: describeRecordFact(record, reading.calendar),
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
    record: summariseRecord(record, reading),
    isEstimate: reading.isEstimatedCalendar,
    lost: own.educationLost.terms.flatMap((term) =>
      LOST_CATEGORIES.filter((category) => term.byCategory[category].sessions > 0).map((category) => ({
        termLabel: term.term.label,
        sessions: term.byCategory[category].sessions,
        schoolDays: term.byCategory[category].schoolDays,
        category,
      })),
    ),
    dates: viewSchoolDayDates({ reading, records: caseDocument.schoolDay, today }).filter((date) => date.recordIds.includes(record.id)),
    legalPosition: listLegalPosition([record.kind]).map((topic) => ({
      topic: topic.topic,
      heading: topic.heading,
      rules: topic.ruleIds.flatMap((id) => viewRule(id, today) ?? []),
    })),
    letters: suggestSchoolDayLetters([record.kind]),
  };
}
