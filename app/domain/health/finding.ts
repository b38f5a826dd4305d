// What a health-check finding is, and what a rule that finds them looks like. Each rule lives in
// rules/, one per file; registry.ts lists them.

import type { CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import type { RuleId } from "../law/catalogue";
import type { SchoolDayReading } from "../school-day/from-case";
import type { ProgressSummary } from "./progress-inadequate";

/** Every kind of finding, in the order the rules run (registry.ts has one rule for each). */
export const FINDING_CODES = [
  "review_overdue",
  "few_reviews",
  "target_not_measurable",
  "provision_vague",
  "plan_repeated_unchanged",
  "little_progress",
  "delivery_below_plan",
  "no_specialist_involved",
  "actions_overdue",
  "monitoring_drift",
  "recommendation_not_in_plan",
  "statutory_deadline_missed",
  "consider_ehcna",
  "informal_exclusion_recorded",
  "exclusion_notice_missing",
  "no_education_from_sixth_day",
  "suspensions_over_cap",
  "part_time_timetable_unreviewed",
  "education_lost_high",
  "health_absence_section_19",
  "restraint_not_reported",
  "attendance_action_with_sen",
  "order_deadline_missed",
  "appeal_evidence_due",
  "expert_report_too_old",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "high" | "medium" | "low";

/** What the next-step button does; the web app maps each to a page or letter. */
export type NextStepAction =
  | "request_review_meeting"
  | "request_session_records"
  | "request_provision_map"
  | "ask_for_smart_targets"
  | "ask_for_specific_provision"
  | "respond_to_draft_plan"
  | "request_early_review"
  | "request_referral"
  | "follow_up_actions"
  | "ask_for_plan_change"
  | "ask_for_recommendation_in_plan"
  | "view_deadlines"
  | "draft_ehcna_request"
  // The school day (issue 22): each leads to one letter (decision 136).
  | "raise_informal_exclusion"
  | "request_exclusion_notice"
  | "request_sixth_day_education"
  | "make_representations_to_governors"
  | "request_timetable_review"
  | "request_section_19"
  | "request_restraint_record"
  | "request_attendance_support"
  | "view_school_day"
  // The tribunal (issue 23): a letter to the Director of Children's Services; the appeal's evidence bundle.
  | "write_to_director"
  | "send_appeal_evidence"
  | "check_expert_report";

export type Finding = {
  code: FindingCode;
  severity: Severity;
  title: string;
  explanation: string;
  records: string[];
  rules: RuleId[];
  nextStep: { label: string; action: NextStepAction };
};

/** What every rule reads: the case, "today", and what is worked out once for several rules (the progress evidence, the school day). */
export type CheckContext = { document: CaseDocument; today: CalendarDate; progress: ProgressSummary; schoolDay: SchoolDayReading };

/** One health-check rule: the kind of finding it makes, and how it finds them in a case. */
export type HealthRule<Code extends FindingCode = FindingCode> = {
  code: Code;
  check: (context: CheckContext) => Finding[];
};

/** Order of seriousness, most serious first. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
