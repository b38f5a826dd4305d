// Every health-check rule, one for each kind of finding. To add a rule, add its code to
// FINDING_CODES (finding.ts), write it in rules/, and list it here; the pages follow.

import type { FindingCode, HealthRule } from "./finding";
import { actionsOverdue } from "./rules/actions-overdue";
import { appealEvidenceDue } from "./rules/appeal-evidence-due";
import { attendanceActionWithSen } from "./rules/attendance-action-with-sen";
import { considerEhcna } from "./rules/consider-ehcna";
import { deliveryBelowPlan } from "./rules/delivery-below-plan";
import { educationLostHigh } from "./rules/education-lost-high";
import { expertReportTooOld } from "./rules/expert-report-too-old";
import { exclusionNoticeMissing } from "./rules/exclusion-notice-missing";
import { fewReviews } from "./rules/few-reviews";
import { healthAbsenceSection19 } from "./rules/health-absence-section-19";
import { informalExclusionRecorded } from "./rules/informal-exclusion-recorded";
import { littleProgress } from "./rules/little-progress";
import { monitoringDrift } from "./rules/monitoring-drift";
import { noEducationFromSixthDay } from "./rules/no-education-from-sixth-day";
import { noSpecialistInvolved } from "./rules/no-specialist-involved";
import { orderDeadlineMissed } from "./rules/order-deadline-missed";
import { partTimeTimetableUnreviewed } from "./rules/part-time-timetable-unreviewed";
import { planRepeatedUnchanged } from "./rules/plan-repeated-unchanged";
import { provisionVague } from "./rules/provision-vague";
import { recommendationNotInPlan } from "./rules/recommendation-not-in-plan";
import { restraintNotReported } from "./rules/restraint-not-reported";
import { reviewOverdue } from "./rules/review-overdue";
import { statutoryDeadlineMissed } from "./rules/statutory-deadline-missed";
import { suspensionsOverCap } from "./rules/suspensions-over-cap";
import { targetNotMeasurable } from "./rules/target-not-measurable";

/** The rule for each code; the type makes a code without a rule fail to compile. */
export const HEALTH_RULES: { readonly [Code in FindingCode]: HealthRule<Code> } = {
  review_overdue: reviewOverdue,
  few_reviews: fewReviews,
  target_not_measurable: targetNotMeasurable,
  provision_vague: provisionVague,
  plan_repeated_unchanged: planRepeatedUnchanged,
  little_progress: littleProgress,
  delivery_below_plan: deliveryBelowPlan,
  no_specialist_involved: noSpecialistInvolved,
  actions_overdue: actionsOverdue,
  monitoring_drift: monitoringDrift,
  recommendation_not_in_plan: recommendationNotInPlan,
  statutory_deadline_missed: statutoryDeadlineMissed,
  consider_ehcna: considerEhcna,
  informal_exclusion_recorded: informalExclusionRecorded,
  exclusion_notice_missing: exclusionNoticeMissing,
  no_education_from_sixth_day: noEducationFromSixthDay,
  suspensions_over_cap: suspensionsOverCap,
  part_time_timetable_unreviewed: partTimeTimetableUnreviewed,
  education_lost_high: educationLostHigh,
  health_absence_section_19: healthAbsenceSection19,
  restraint_not_reported: restraintNotReported,
  attendance_action_with_sen: attendanceActionWithSen,
  order_deadline_missed: orderDeadlineMissed,
  appeal_evidence_due: appealEvidenceDue,
  expert_report_too_old: expertReportTooOld,
};
