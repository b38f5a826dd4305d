// A school-day record's facts as a list of what was recorded, in a parent's words: only the
// answers given, so a short record reads short.
import type { SchoolDayRecord } from "~/domain/case/case-document";
import { ABSENCE_REASON_LABELS, ATTENDANCE_CODE_LABELS, RESTRAINT_TYPE_LABELS } from "~/domain/codes/school-day";
import { describeTimeMissed } from "~/domain/school-day/describe-record";
import { formatDate, formatNumber } from "~/domain/presentation";

/** Each recorded answer with its label, in the order the form asks. */
export function listRecordFacts(record: SchoolDayRecord, documentTitle: string | null): Array<{ label: string; value: string }> {
  const yesNo = (value: boolean | null) => (value === null ? null : value ? "Yes" : "No");
  const facts: Array<[string, string | null]> = [
    ["Date", formatDate(record.date)],
    ["Last day", record.endDate ? formatDate(record.endDate) : null],
    ["Time missed", describeTimeMissed(record)],
    ["Time", record.time],
    ["What the school said", record.schoolSaid],
    ["Written notice arrived", record.noticeReceivedOn ? formatDate(record.noticeReceivedOn) : null],
    ["Governors told", record.boardToldOn ? formatDate(record.boardToldOn) : null],
    ["You wrote to the governors", record.madeRepresentations ? "Yes" : null],
    ["Would miss a public exam or national test", record.wouldMissPublicExam ? "Yes" : null],
    ["Told the governors' decision", record.decisionToldOn ? formatDate(record.decisionToldOn) : null],
    ["Full-time education elsewhere from", record.educationArrangedFrom ? formatDate(record.educationArrangedFrom) : null],
    ["Sessions a week in school", record.sessionsPerWeek !== null ? `${record.sessionsPerWeek} of 10` : null],
    ["Hours a day in school", record.hoursPerDay !== null ? formatNumber(record.hoursPerDay) : null],
    ["Review date", record.reviewDate ? formatDate(record.reviewDate) : null],
    ["Agreed by", record.agreedBy],
    ["You agreed", yesNo(record.parentAgreed)],
    ["What staff did", record.restraintType ? RESTRAINT_TYPE_LABELS[record.restraintType] : null],
    ["You were told on", record.parentToldOn ? formatDate(record.parentToldOn) : null],
    ["Told by", record.parentToldBy],
    ["Written report given", yesNo(record.toldInWriting)],
    ["Reason", record.absenceReason ? ABSENCE_REASON_LABELS[record.absenceReason] : null],
    ["Register code", record.attendanceCode ? ATTENDANCE_CODE_LABELS[record.attendanceCode] : null],
    ["Amount", record.amount !== null ? `£${formatNumber(record.amount)}` : null],
    ["Document", documentTitle],
    ["Notes", record.notes],
  ];
  return facts.flatMap(([label, value]) => (value === null ? [] : [{ label, value }]));
}

export function RecordFacts({ facts }: { facts: ReadonlyArray<{ label: string; value: string }> }) {
  return (
    <dl className="summary-list">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd className="preserve-lines">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
