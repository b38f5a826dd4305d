// Every kind of letter Clearpath can write, in the order a parent sees them. To add a letter,
// write its template in templates/ and list it here; the pages, forms and downloads follow.

import type { CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import type { LetterDraft, LetterOptionValues, LetterTemplate } from "./letter-template";
import { deadlineChaser } from "./templates/deadline-chaser";
import { draftPlanResponse } from "./templates/draft-plan-response";
import { decisionReasonsRequest } from "./templates/decision-reasons-request";
import { earlyReviewRequest } from "./templates/early-review-request";
import { ehcnaRequest } from "./templates/ehcna-request";
import { laComplaint } from "./templates/la-complaint";
import { ombudsmanComplaint } from "./templates/ombudsman-complaint";
import { provisionMapRequest } from "./templates/provision-map-request";
import { reasonableAdjustmentRequest } from "./templates/reasonable-adjustment-request";
import { referralRequest } from "./templates/referral-request";
import { reviewMeetingRequest } from "./templates/review-meeting-request";
import { sessionRecordsRequest } from "./templates/session-records-request";
import { subjectAccessRequest } from "./templates/subject-access-request";
import { supportConfirmationRequest } from "./templates/support-confirmation-request";
import { attendanceSupportRequest } from "./templates/attendance-support-request";
import { exclusionNoticeRequest } from "./templates/exclusion-notice-request";
import { governorsRepresentations } from "./templates/governors-representations";
import { informalExclusionConcern } from "./templates/informal-exclusion-concern";
import { partTimeTimetableReview } from "./templates/part-time-timetable-review";
import { restraintRecordRequest } from "./templates/restraint-record-request";
import { reviewPanelRequest } from "./templates/review-panel-request";
import { section19Request } from "./templates/section-19-request";
import { sixthDayEducationRequest } from "./templates/sixth-day-education-request";
import { orderComplianceChaser } from "./templates/order-compliance-chaser";

export const LETTER_TEMPLATES: readonly LetterTemplate[] = [
  provisionMapRequest,
  sessionRecordsRequest,
  supportConfirmationRequest,
  reviewMeetingRequest,
  referralRequest,
  reasonableAdjustmentRequest,
  subjectAccessRequest,
  ehcnaRequest,
  draftPlanResponse,
  deadlineChaser,
  laComplaint,
  ombudsmanComplaint,
  decisionReasonsRequest,
  earlyReviewRequest,
  // The school day (issue 22): exclusions, then education out of school, then the rest of the day.
  informalExclusionConcern,
  exclusionNoticeRequest,
  governorsRepresentations,
  reviewPanelRequest,
  sixthDayEducationRequest,
  section19Request,
  partTimeTimetableReview,
  restraintRecordRequest,
  attendanceSupportRequest,
  // The tribunal (issue 23): after the order.
  orderComplianceChaser,
];

export const LETTER_KINDS = LETTER_TEMPLATES.map((template) => template.kind);

/** The template for a kind, or undefined for a kind this version does not know. */
export function findLetterTemplate(kind: string): LetterTemplate | undefined {
  return LETTER_TEMPLATES.find((template) => template.kind === kind);
}

/**
 * Writes a letter of a kind from the case; throws for an unknown kind.
 *
 * Example: buildLetter("provision_map_request", document, {}, "2026-03-12").subject ===
 * "Request for Robin Hale's provision map" for a case about Robin Hale.
 */
export function buildLetter(
  kind: string,
  document: CaseDocument,
  options: LetterOptionValues,
  today: CalendarDate,
): LetterDraft {
  const template = findLetterTemplate(kind);
  if (!template) throw new Error(`No letter template for "${kind}"`);
  return template.build(document, options, today);
}
