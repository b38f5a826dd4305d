// The fields of one kind of school-day record: only that kind's questions, in a parent's words,
// with what was typed kept after an error and the stored answers when changing a record. Used by
// the page that adds a record and the record's own page, so both ask the same way.
import type { ReactNode } from "react";
import { CheckboxGroup, DateField, RadioGroup, SelectField, TextArea, TextField, typedDate, typedList, typedOr } from "~/components/form";
import type { SchoolDayRecord } from "~/domain/case/case-document";
import {
  ABSENCE_REASON_LABELS,
  ABSENCE_REASONS,
  ATTENDANCE_CODE_LABELS,
  ATTENDANCE_CODES,
  FIRST_SESSION_LABELS,
  FIRST_SESSIONS,
  RESTRAINT_TYPE_LABELS,
  RESTRAINT_TYPES,
  type SchoolDayKind,
} from "~/domain/codes/school-day";
import { formatDate } from "~/domain/presentation";
import { dateParts } from "~/forms/fields";
import type { FieldErrors, FormValues } from "~/forms/parse";
import {
  DAY_PART_LABELS,
  DAY_PARTS,
  EXCLUSION_FACT_LABELS,
  EXCLUSION_FACTS,
  FIELDS_OF_KIND,
  partOf,
  SCHOOL_DAY_LIMITS,
  YES_NO,
  YES_NO_LABELS,
  type SchoolDayField,
} from "~/forms/school-day";

export type DocumentChoice = { id: string; title: string; date: string | null };

/** The date fields of the form, for the error summary's links. */
export const RECORD_DATE_FIELDS = {
  date: "date",
  endDate: "date",
  noticeReceivedOn: "date",
  boardToldOn: "date",
  decisionToldOn: "date",
  educationArrangedFrom: "date",
  reviewDate: "date",
  parentToldOn: "date",
} as const;

const DATE_LEGENDS: Record<SchoolDayKind, string> = {
  informal_exclusion: "When did it happen?",
  suspension: "The first day of the suspension",
  permanent_exclusion: "The first day of the exclusion",
  part_time_timetable: "When did the part-time timetable start?",
  restraint: "When did it happen?",
  absence: "The first day of the absence",
  attendance_letter: "The date on the letter, or of the meeting",
  penalty_notice: "The day you received the penalty notice",
  internal_exclusion: "When did it happen?",
  school_avoidance_note: "Date",
};

const SCHOOL_SAID_LABELS: Partial<Record<SchoolDayKind, string>> = {
  informal_exclusion: "What did the school say? (optional)",
  suspension: "The reasons the school gave (optional)",
  permanent_exclusion: "The reasons the school gave (optional)",
  attendance_letter: "What the letter or meeting said (optional)",
  penalty_notice: "What the notice says (optional)",
  school_avoidance_note: "What is happening (optional)",
};

const END_DATE_LEGENDS: Partial<Record<SchoolDayKind, string>> = {
  suspension: "The last day of the suspension (optional)",
  part_time_timetable: "The agreed end date (optional)",
  absence: "The last day of the absence (optional)",
};

type Stored = Partial<SchoolDayRecord> | null;

export function RecordFields({
  kind,
  stored,
  values,
  errors,
  documents,
  today,
}: {
  kind: SchoolDayKind;
  stored: Stored;
  values: FormValues | undefined;
  errors: FieldErrors | undefined;
  documents: readonly DocumentChoice[];
  today: string;
}) {
  const asks = new Set<SchoolDayField>(FIELDS_OF_KIND[kind]);
  const part = partOf({ sessions: stored?.sessions ?? null, firstSession: stored?.firstSession ?? null });
  const text = (name: string, value: string | number | null | undefined) => typedOr(values, name, value === null || value === undefined ? null : String(value));
  const date = (name: keyof SchoolDayRecord) => typedDate(values, name, dateParts((stored?.[name] as string | null | undefined) ?? null));
  const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? "yes" : "no");
  const storedFacts = [...(stored?.madeRepresentations ? ["made_representations"] : []), ...(stored?.wouldMissPublicExam ? ["would_miss_exam"] : [])];

  const fields: Record<SchoolDayField, () => ReactNode> = {
    part: () => (
      <RadioGroup
        name="part"
        legend="How much of the day did your child miss?"
        options={DAY_PARTS.map((value) => ({ value, label: DAY_PART_LABELS[value] }))}
        selected={typedOr(values, "part", part.part)}
        errors={errors}
      />
    ),
    schoolDays: () => (
      <TextField
        name="schoolDays"
        label={
          kind === "suspension"
            ? "How many school days is the suspension?"
            : kind === "absence"
              ? "How many school days? (optional)"
              : "If more than one day: how many school days?"
        }
        hint={
          kind === "absence"
            ? "Leave it empty and Clearpath counts the school days from the first to the last day."
            : "Halves are fine: a lunchtime suspension or an afternoon is half a day, for example 2.5."
        }
        width="short"
        maxLength={6}
        errors={errors}
        defaultValue={typedOr(values, "schoolDays", kind === "suspension" || kind === "absence" ? (stored?.sessions != null ? String(stored.sessions / 2) : "") : part.schoolDays)}
      />
    ),
    firstSession: () => (
      <RadioGroup
        name="firstSession"
        legend={asks.has("part") ? "If more than one day: did the first day start in the afternoon? (optional)" : "Did the first day start in the morning or the afternoon? (optional)"}
        options={FIRST_SESSIONS.map((value) => ({ value, label: FIRST_SESSION_LABELS[value] }))}
        selected={typedOr(values, "firstSession", stored?.firstSession ?? null)}
        errors={errors}
      />
    ),
    endDate: () => <DateField name="endDate" legend={END_DATE_LEGENDS[kind] ?? "The last day (optional)"} hint="For example 18 12 2026." errors={errors} value={date("endDate")} />,
    time: () => (
      <TextField
        name="time"
        label="What time? (optional)"
        hint={kind === "informal_exclusion" ? "For example 12:30, when the school called or you collected your child." : "For example 10:15."}
        width="short"
        maxLength={SCHOOL_DAY_LIMITS.time}
        errors={errors}
        defaultValue={text("time", stored?.time)}
      />
    ),
    schoolSaid: () => (
      <TextArea
        name="schoolSaid"
        label={SCHOOL_SAID_LABELS[kind] ?? "What did the school say? (optional)"}
        hint="In their words if you can, and who said it."
        rows={3}
        maxLength={SCHOOL_DAY_LIMITS.schoolSaid}
        errors={errors}
        defaultValue={text("schoolSaid", stored?.schoolSaid)}
      />
    ),
    noticeReceivedOn: () => (
      <DateField
        name="noticeReceivedOn"
        legend="When did the school's written notice arrive? (optional)"
        hint="Leave it empty if it has not arrived. It should come by the end of the afternoon on the first day."
        errors={errors}
        value={date("noticeReceivedOn")}
      />
    ),
    boardToldOn: () => (
      <DateField
        name="boardToldOn"
        legend="When were the governors told? (optional)"
        hint="The notice or the school may say. The governors' time to decide counts from this day."
        errors={errors}
        value={date("boardToldOn")}
      />
    ),
    exclusionFacts: () => (
      <CheckboxGroup
        name="exclusionFacts"
        legend="Tick any that apply"
        options={EXCLUSION_FACTS.map((value) => ({ value, label: EXCLUSION_FACT_LABELS[value] }))}
        selected={typedList(values, "exclusionFacts", storedFacts)}
        errors={errors}
      />
    ),
    decisionToldOn: () => (
      <DateField
        name="decisionToldOn"
        legend="When were you told the governors would not take your child back? (optional)"
        hint="The time to ask for an independent review panel counts from this day."
        errors={errors}
        value={date("decisionToldOn")}
      />
    ),
    educationArrangedFrom: () => (
      <DateField
        name="educationArrangedFrom"
        legend="When did full-time education elsewhere start? (optional)"
        hint="Leave it empty if none has been arranged yet."
        errors={errors}
        value={date("educationArrangedFrom")}
      />
    ),
    sessionsPerWeek: () => (
      <TextField
        name="sessionsPerWeek"
        label="How many sessions a week is your child in school? (optional)"
        hint="A full week is 10 sessions: 5 mornings and 5 afternoons. Mornings only is 5."
        width="short"
        inputMode="numeric"
        maxLength={2}
        errors={errors}
        defaultValue={text("sessionsPerWeek", stored?.sessionsPerWeek)}
      />
    ),
    hoursPerDay: () => (
      <TextField
        name="hoursPerDay"
        label="Or: how many hours a day? (optional)"
        hint="For example 2.5."
        width="short"
        maxLength={5}
        errors={errors}
        defaultValue={text("hoursPerDay", stored?.hoursPerDay)}
      />
    ),
    reviewDate: () => (
      <DateField
        name="reviewDate"
        legend="When will it be reviewed? (optional)"
        hint="The date the school agreed. Leave it empty if no date was agreed."
        errors={errors}
        value={date("reviewDate")}
      />
    ),
    agreedBy: () => (
      <TextField
        name="agreedBy"
        label="Who agreed it? (optional)"
        hint="For example: the head, the SENCO and me."
        maxLength={SCHOOL_DAY_LIMITS.agreedBy}
        errors={errors}
        defaultValue={text("agreedBy", stored?.agreedBy)}
      />
    ),
    parentAgreed: () => (
      <RadioGroup
        name="parentAgreed"
        legend="Did you agree to it? (optional)"
        options={YES_NO.map((value) => ({ value, label: YES_NO_LABELS[value] }))}
        selected={typedOr(values, "parentAgreed", yesNo(stored?.parentAgreed))}
        errors={errors}
      />
    ),
    restraintType: () => (
      <RadioGroup
        name="restraintType"
        legend="What did staff do? (optional)"
        options={RESTRAINT_TYPES.map((value) => ({ value, label: RESTRAINT_TYPE_LABELS[value] }))}
        selected={typedOr(values, "restraintType", stored?.restraintType ?? null)}
        errors={errors}
      />
    ),
    parentToldOn: () => <DateField name="parentToldOn" legend="When were you told? (optional)" errors={errors} value={date("parentToldOn")} />,
    parentToldBy: () => (
      <TextField
        name="parentToldBy"
        label="Who told you? (optional)"
        maxLength={SCHOOL_DAY_LIMITS.parentToldBy}
        errors={errors}
        defaultValue={text("parentToldBy", stored?.parentToldBy)}
      />
    ),
    toldInWriting: () => (
      <RadioGroup
        name="toldInWriting"
        legend="Were you given a written report? (optional)"
        options={YES_NO.map((value) => ({ value, label: YES_NO_LABELS[value] }))}
        selected={typedOr(values, "toldInWriting", yesNo(stored?.toldInWriting))}
        errors={errors}
      />
    ),
    absenceReason: () => (
      <RadioGroup
        name="absenceReason"
        legend="Why was your child absent? (optional)"
        options={ABSENCE_REASONS.map((value) => ({ value, label: ABSENCE_REASON_LABELS[value] }))}
        selected={typedOr(values, "absenceReason", stored?.absenceReason ?? null)}
        errors={errors}
      />
    ),
    attendanceCode: () => (
      <SelectField
        name="attendanceCode"
        label="How did the register mark it? (optional)"
        hint={
          kind === "informal_exclusion" || kind === "part_time_timetable"
            ? "Ask the school if you do not know. This time should not be marked as unauthorised absence."
            : "Ask the school if you do not know."
        }
        options={ATTENDANCE_CODES.map((value) => ({ value, label: ATTENDANCE_CODE_LABELS[value] }))}
        selected={typedOr(values, "attendanceCode", stored?.attendanceCode ?? null)}
        emptyLabel="Not known"
        errors={errors}
      />
    ),
    amount: () => (
      <TextField
        name="amount"
        label="The amount, in pounds (optional)"
        hint="For example 80."
        width="short"
        inputMode="numeric"
        maxLength={5}
        errors={errors}
        defaultValue={text("amount", stored?.amount)}
      />
    ),
  };

  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      <DateField
        name="date"
        legend={DATE_LEGENDS[kind]}
        hint="For example 10 11 2026."
        errors={errors}
        value={typedDate(values, "date", dateParts(stored?.date ?? (stored ? null : today)))}
      />
      {FIELDS_OF_KIND[kind].map((field) => (
        <div key={field}>{fields[field]()}</div>
      ))}
      {documents.length > 0 ? (
        <SelectField
          name="documentId"
          label="A document about it (optional)"
          hint="A letter, email or report you have added to the case's documents."
          options={documents.map((document) => ({ value: document.id, label: document.date ? `${document.title} (${formatDate(document.date)})` : document.title }))}
          selected={typedOr(values, "documentId", stored?.documentIds?.[0] ?? null)}
          emptyLabel="None"
          errors={errors}
        />
      ) : null}
      <TextArea
        name="notes"
        label="Notes (optional)"
        hint="Anything else: how your child was, what you did, who else was there."
        rows={3}
        maxLength={SCHOOL_DAY_LIMITS.notes}
        errors={errors}
        defaultValue={text("notes", stored?.notes)}
      />
    </>
  );
}
