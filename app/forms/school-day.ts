// Form schemas for the school day: recording what happened (one form, showing only the fields of
// the kind of record chosen) and the school's calendar (a term or a closure). How much of the day
// was missed is asked in a parent's words ("the afternoon", "3 school days") and stored as sessions.
import { z } from "zod";
import {
  ABSENCE_REASONS,
  ATTENDANCE_CODES,
  FIRST_SESSIONS,
  RESTRAINT_TYPES,
  SCHOOL_DAY_KINDS,
  SCHOOL_TERM_KINDS,
  type SchoolDayKind,
} from "~/domain/codes/school-day";
import type { SchoolDayRecord, SchoolTerm } from "~/domain/case/case-document";
import { calendarDate, checkboxes, optionalChoice, optionalText, requiredText } from "./fields";

export const SCHOOL_DAY_LIMITS = {
  time: 40,
  schoolSaid: 2000,
  agreedBy: 200,
  parentToldBy: 200,
  notes: 4000,
  label: 100,
  /** More school days than any school year has. */
  schoolDays: 200,
  hoursPerDay: 12,
  amount: 10000,
} as const;

/** The questions a record's form can ask; each kind asks only its own (FIELDS_OF_KIND). */
export const SCHOOL_DAY_FIELDS = [
  "part",
  "schoolDays",
  "firstSession",
  "endDate",
  "time",
  "schoolSaid",
  "noticeReceivedOn",
  "boardToldOn",
  "exclusionFacts",
  "decisionToldOn",
  "educationArrangedFrom",
  "sessionsPerWeek",
  "hoursPerDay",
  "reviewDate",
  "agreedBy",
  "parentAgreed",
  "restraintType",
  "parentToldOn",
  "parentToldBy",
  "toldInWriting",
  "absenceReason",
  "attendanceCode",
  "amount",
] as const;
export type SchoolDayField = (typeof SCHOOL_DAY_FIELDS)[number];

/** Which questions each kind of record asks, in the order the form asks them (date, document and notes always). */
export const FIELDS_OF_KIND: Record<SchoolDayKind, readonly SchoolDayField[]> = {
  informal_exclusion: ["part", "schoolDays", "firstSession", "time", "schoolSaid", "attendanceCode"],
  suspension: ["schoolDays", "firstSession", "endDate", "schoolSaid", "noticeReceivedOn", "boardToldOn", "exclusionFacts", "educationArrangedFrom", "attendanceCode"],
  permanent_exclusion: ["firstSession", "schoolSaid", "noticeReceivedOn", "boardToldOn", "exclusionFacts", "decisionToldOn", "educationArrangedFrom"],
  part_time_timetable: ["sessionsPerWeek", "hoursPerDay", "reviewDate", "endDate", "agreedBy", "parentAgreed", "schoolSaid", "attendanceCode"],
  restraint: ["time", "restraintType", "schoolSaid", "parentToldOn", "parentToldBy", "toldInWriting"],
  absence: ["endDate", "schoolDays", "firstSession", "absenceReason", "attendanceCode", "schoolSaid"],
  attendance_letter: ["schoolSaid"],
  penalty_notice: ["amount", "schoolSaid"],
  internal_exclusion: ["part", "schoolDays", "firstSession", "time", "schoolSaid"],
  school_avoidance_note: ["schoolSaid"],
};

/** Kinds whose date may be ahead of today: a timetable agreed to start next week. */
const FUTURE_DATE_KINDS: ReadonlySet<SchoolDayKind> = new Set(["part_time_timetable"]);

/** How much of one day was missed, in a parent's words. */
export const DAY_PARTS = ["whole_day", "morning", "afternoon", "days"] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export const DAY_PART_LABELS: Record<DayPart, string> = {
  whole_day: "The whole day",
  afternoon: "The afternoon (sent home or collected at lunchtime)",
  morning: "The morning",
  days: "More than one day",
};

export const YES_NO = ["yes", "no"] as const;
export const YES_NO_LABELS: Record<(typeof YES_NO)[number], string> = { yes: "Yes", no: "No" };

/** Ticked facts of a suspension or exclusion. */
export const EXCLUSION_FACTS = ["made_representations", "would_miss_exam"] as const;
export const EXCLUSION_FACT_LABELS: Record<(typeof EXCLUSION_FACTS)[number], string> = {
  made_representations: "I have written to the governors (made representations) about it",
  would_miss_exam: "It would make my child miss a public exam or national test",
};

/** A number of school days, halves allowed: "3", "2.5", "½" is not a number. */
const schoolDaysSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(/,/g, ".") : ""),
  z
    .string()
    .refine((text) => text === "" || /^\d{1,3}(\.(0|5))?$/.test(text), { message: "Enter the number of school days, for example 3 or 2.5" })
    .transform((text) => (text === "" ? null : Number(text)))
    .refine((days) => days === null || (days > 0 && days <= SCHOOL_DAY_LIMITS.schoolDays), {
      message: `Enter a number of school days from 0.5 to ${SCHOOL_DAY_LIMITS.schoolDays}`,
    }),
);

/** A whole number from the form, or null when left empty. */
function optionalWhole(options: { min: number; max: number; message: string }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z
      .string()
      .refine((text) => text === "" || (/^\d{1,5}$/.test(text) && Number(text) >= options.min && Number(text) <= options.max), { message: options.message })
      .transform((text) => (text === "" ? null : Number(text))),
  );
}

const hoursSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(/,/g, ".") : ""),
  z
    .string()
    .refine((text) => text === "" || (/^\d{1,2}(\.\d{1,2})?$/.test(text) && Number(text) > 0 && Number(text) <= SCHOOL_DAY_LIMITS.hoursPerDay), {
      message: `Enter the hours a day in school, for example 2.5, up to ${SCHOOL_DAY_LIMITS.hoursPerDay}`,
    })
    .transform((text) => (text === "" ? null : Number(text))),
);

const yesNo = (message: string) => optionalChoice(YES_NO, message).transform((answer) => (answer === null ? null : answer === "yes"));

function recordFields(today: string) {
  const past = (name: string) => calendarDate({ name, required: false, notAfter: today });
  return {
    kind: z.preprocess((v) => (v === undefined ? "" : v), z.enum(SCHOOL_DAY_KINDS, { error: "Choose what happened" })),
    date: calendarDate({ name: "the date", required: true }),
    part: optionalChoice(DAY_PARTS, "Choose how much of the day your child missed"),
    schoolDays: schoolDaysSchema,
    firstSession: optionalChoice(FIRST_SESSIONS, "Choose whether it started in the morning or the afternoon"),
    endDate: calendarDate({ name: "the last day", required: false }),
    time: optionalText(SCHOOL_DAY_LIMITS.time, "The time"),
    schoolSaid: optionalText(SCHOOL_DAY_LIMITS.schoolSaid, "What the school said"),
    noticeReceivedOn: past("the date the written notice arrived"),
    boardToldOn: past("the date the governors were told"),
    exclusionFacts: checkboxes(EXCLUSION_FACTS, "Choose from the list"),
    decisionToldOn: past("the date you were told the governors' decision"),
    educationArrangedFrom: calendarDate({ name: "the date education elsewhere started", required: false }),
    sessionsPerWeek: optionalWhole({ min: 0, max: 10, message: "Enter the sessions a week in school as a whole number from 0 to 10" }),
    hoursPerDay: hoursSchema,
    reviewDate: calendarDate({ name: "the review date", required: false }),
    agreedBy: optionalText(SCHOOL_DAY_LIMITS.agreedBy, "Who agreed it"),
    parentAgreed: yesNo("Choose yes or no"),
    restraintType: optionalChoice(RESTRAINT_TYPES, "Choose what staff did from the list"),
    parentToldOn: past("the date you were told"),
    parentToldBy: optionalText(SCHOOL_DAY_LIMITS.parentToldBy, "Who told you"),
    toldInWriting: yesNo("Choose yes or no"),
    absenceReason: optionalChoice(ABSENCE_REASONS, "Choose the reason from the list"),
    attendanceCode: optionalChoice(ATTENDANCE_CODES, "Choose the code from the list"),
    amount: optionalWhole({ min: 0, max: SCHOOL_DAY_LIMITS.amount, message: "Enter the amount in whole pounds, for example 80" }),
    documentId: z.preprocess((v) => (v === undefined || v === "" ? null : v), z.uuid({ error: "Choose a document from the list" }).nullable()),
    notes: optionalText(SCHOOL_DAY_LIMITS.notes, "Notes"),
  };
}

type RecordShape = z.output<z.ZodObject<ReturnType<typeof recordFields>>>;

/** Date checks across fields: a last day, review or end not before the first day; the first day not ahead of today. */
function checkRecord(today: string) {
  return (record: RecordShape, ctx: z.RefinementCtx) => {
    const asks = new Set(FIELDS_OF_KIND[record.kind]);
    if (record.date !== null && record.date > today && !FUTURE_DATE_KINDS.has(record.kind)) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "The date must be today or in the past" });
    }
    const notBefore = (field: "endDate" | "reviewDate" | "educationArrangedFrom", message: string) => {
      const value = record[field];
      if (asks.has(field) && value !== null && record.date !== null && value < record.date) ctx.addIssue({ code: "custom", path: [field], message });
    };
    notBefore("endDate", "The last day must be on or after the first day");
    notBefore("reviewDate", "The review date must be on or after the start");
    notBefore("educationArrangedFrom", "The date education elsewhere started must be on or after the first day");
    if (asks.has("part") && record.part === null) ctx.addIssue({ code: "custom", path: ["part"], message: "Choose how much of the day your child missed" });
    const needsDays = record.kind === "suspension" || (asks.has("part") && record.part === "days");
    if (needsDays && record.schoolDays === null) ctx.addIssue({ code: "custom", path: ["schoolDays"], message: "Enter the number of school days, for example 3 or 2.5" });
  };
}

/** The sessions and first session a record's answers give. */
function sessionsFrom(record: RecordShape): { sessions: number | null; firstSession: SchoolDayRecord["firstSession"] } {
  const asks = new Set(FIELDS_OF_KIND[record.kind]);
  if (asks.has("part")) {
    if (record.part === "whole_day") return { sessions: 2, firstSession: "morning" };
    if (record.part === "morning") return { sessions: 1, firstSession: "morning" };
    if (record.part === "afternoon") return { sessions: 1, firstSession: "afternoon" };
  }
  const sessions = asks.has("schoolDays") && record.schoolDays !== null ? Math.round(record.schoolDays * 2) : null;
  return { sessions, firstSession: asks.has("firstSession") ? record.firstSession : null };
}

/**
 * The record as stored: the answers the kind asks for, every other field empty, so nothing stale
 * from another kind is kept (a form sent with extra fields saves none of them).
 */
function toRecordInput(record: RecordShape) {
  const asks = new Set<string>(FIELDS_OF_KIND[record.kind]);
  const keep = <T>(field: SchoolDayField, value: T, empty: T) => (asks.has(field) ? value : empty);
  return {
    kind: record.kind,
    date: record.date!,
    ...sessionsFrom(record),
    endDate: keep("endDate", record.endDate, null),
    time: keep("time", record.time, null),
    schoolSaid: keep("schoolSaid", record.schoolSaid, null),
    noticeReceivedOn: keep("noticeReceivedOn", record.noticeReceivedOn, null),
    boardToldOn: keep("boardToldOn", record.boardToldOn, null),
    wouldMissPublicExam: keep("exclusionFacts", record.exclusionFacts.includes("would_miss_exam"), false),
    madeRepresentations: keep("exclusionFacts", record.exclusionFacts.includes("made_representations"), false),
    decisionToldOn: keep("decisionToldOn", record.decisionToldOn, null),
    educationArrangedFrom: keep("educationArrangedFrom", record.educationArrangedFrom, null),
    sessionsPerWeek: keep("sessionsPerWeek", record.sessionsPerWeek, null),
    hoursPerDay: keep("hoursPerDay", record.hoursPerDay, null),
    reviewDate: keep("reviewDate", record.reviewDate, null),
    agreedBy: keep("agreedBy", record.agreedBy, null),
    parentAgreed: keep("parentAgreed", record.parentAgreed, null),
    restraintType: keep("restraintType", record.restraintType, null),
    parentToldOn: keep("parentToldOn", record.parentToldOn, null),
    parentToldBy: keep("parentToldBy", record.parentToldBy, null),
    toldInWriting: keep("toldInWriting", record.toldInWriting, null),
    absenceReason: keep("absenceReason", record.absenceReason, null),
    attendanceCode: keep("attendanceCode", record.attendanceCode, null),
    amount: keep("amount", record.amount, null),
    notes: record.notes,
    documentId: record.documentId,
  };
}

export type SchoolDayRecordForm = ReturnType<typeof toRecordInput>;

/** A new record (the form on `school-day/new?kind=…`). */
export function addSchoolDayRecordFormSchema(today: string) {
  return z.object({ intent: z.literal("add"), ...recordFields(today) }).superRefine(checkRecord(today)).transform(toRecordInput);
}

/** The forms on a record's own page: change it, or remove it. */
export function schoolDayRecordActionSchema(today: string) {
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("update"), ...recordFields(today) }).superRefine(checkRecord(today)).transform((record) => ({ intent: "update" as const, ...toRecordInput(record) })),
    z.object({ intent: z.literal("remove") }),
  ]);
}

/** The answer to "how much of the day" and "how many school days" that a stored record gives, to fill the form again. */
export function partOf(record: Pick<SchoolDayRecord, "sessions" | "firstSession">): { part: DayPart | null; schoolDays: string } {
  if (record.sessions === null) return { part: null, schoolDays: "" };
  if (record.sessions === 2 && record.firstSession !== "afternoon") return { part: "whole_day", schoolDays: "" };
  if (record.sessions === 1) return { part: record.firstSession === "afternoon" ? "afternoon" : "morning", schoolDays: "" };
  return { part: "days", schoolDays: String(record.sessions / 2) };
}

function termFields() {
  return {
    kind: z.preprocess((v) => (v === undefined || v === "" ? "term" : v), z.enum(SCHOOL_TERM_KINDS, { error: "Choose a term or a closure" })),
    label: requiredText(SCHOOL_DAY_LIMITS.label, "Enter a name, for example Autumn term 2026 or Half-term", "The name"),
    start: calendarDate({ name: "the first day", required: true }),
    end: calendarDate({ name: "the last day", required: true }),
  };
}

/**
 * The school calendar's forms: add a term or a closure (the last day not before the first; terms
 * may not overlap one another, as a day is in one term), or remove one.
 */
export function schoolTermsActionSchema(existing: readonly Pick<SchoolTerm, "kind" | "start" | "end" | "label">[]) {
  return z.discriminatedUnion("intent", [
    z
      .object({ intent: z.literal("add"), ...termFields() })
      .superRefine((term, ctx) => {
        if (term.start === null || term.end === null) return;
        if (term.end < term.start) {
          ctx.addIssue({ code: "custom", path: ["end"], message: "The last day must be on or after the first day" });
          return;
        }
        if (term.kind !== "term") return;
        const overlap = existing.find((other) => other.kind === "term" && other.start <= term.end! && term.start! <= other.end);
        if (overlap) ctx.addIssue({ code: "custom", path: ["start"], message: `These dates overlap ${overlap.label}. A day can be in one term only.` });
      })
      .transform((term) => ({ intent: "add" as const, kind: term.kind, label: term.label, start: term.start!, end: term.end! })),
    z.object({ intent: z.literal("remove"), id: z.uuid({ error: "Choose a term to remove" }) }),
  ]);
}

/** The one form on `school-day/new`: adding a record. */
export function newSchoolDayRecordActionSchema(today: string) {
  return z.discriminatedUnion("intent", [addSchoolDayRecordFormSchema(today)]);
}
