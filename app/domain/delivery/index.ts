// The delivery log and the provision audit: expected sessions, bulk entry, terms, the audit.
export * from "./session-status";
export { findSessionSpan, listExpectedSessionDates, mergeSessionLog, MAX_SESSIONS_PER_PROVISION } from "./expected-sessions";
export type { ExpectedSessionsOptions } from "./expected-sessions";
export { parseBulkEntry, applyBulkEntry, BULK_ENTRY_LIMIT } from "./parse-bulk-entry";
export type { BulkEntry, BulkEntryOutcome, BulkMark, BulkEntryResult, DateSpan, UnplannedAnswers, UnplannedDate } from "./parse-bulk-entry";
export { checkWeekdays, describeWeekdays, readSessionsPerWeek, readWeekdays, SCHOOL_WEEKDAYS, WEEKDAY_LABELS } from "./how-often";
export type { SchoolWeekday } from "./how-often";
export { readSessionRows, MAX_SESSION_ROWS } from "./read-session-rows";
export type { SessionRowsResult } from "./read-session-rows";
export { termOf } from "./school-terms";
export type { SchoolTerm } from "./school-terms";
export { buildProvisionAudit, tallySessions, MISSED_REASONS } from "./provision-audit";
export { describeMapDifference, describeRate, describeReasons, MISSED_REASON_LABELS } from "./audit-wording";
export type { AuditLine, AuditProvisionInput, AuditReviewInput, DeliveryTally, MissedReason, ProvisionAudit, ProvisionMapComparison } from "./provision-audit";
