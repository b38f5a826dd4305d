// The schema's text columns with fixed values take them from the code lists in app/domain
// (docs/decisions/024-code-lists.md): a value added to a list is a value the column accepts.
import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AREAS_OF_NEED, IMPACT_LEVELS } from "~/domain/areas-of-need";
import { ACCESS_LEVELS, AUDIT_ACTIONS, CASE_ROLES, SHARE_LEVELS, SHARE_ROLES } from "~/domain/codes/access";
import { BOOKING_STATUSES, EMAIL_TOKEN_PURPOSES, ORG_ROLES } from "~/domain/codes/accounts";
import { ADJUSTMENT_STATUSES } from "~/domain/codes/adjustments";
import { CHANNELS, DIRECTIONS } from "~/domain/codes/correspondence";
import { DATE_SOURCES, DOCUMENT_SOURCES } from "~/domain/codes/documents";
import { EHC_PLAN_STAGES } from "~/domain/codes/ehc-plans";
import { ACTION_STATUSES, MEETING_KINDS } from "~/domain/codes/meetings";
import { PROFESSIONAL_ROLES, REFERRAL_STATUSES } from "~/domain/codes/professionals";
import { RECOMMENDATION_STATUSES } from "~/domain/codes/recommendations";
import { TRANSFERS } from "~/domain/codes/statutory";
import { ABSENCE_REASONS, ATTENDANCE_CODES, FIRST_SESSIONS, RESTRAINT_TYPES, SCHOOL_DAY_KINDS, SCHOOL_TERM_KINDS } from "~/domain/codes/school-day";
import {
  APPEAL_DATE_KINDS,
  APPEAL_DOCUMENT_KINDS,
  APPEAL_SECTIONS,
  APPEAL_STATUSES,
  APPEAL_TYPES,
  BUNDLE_ITEM_KINDS,
  BUNDLE_SECTIONS,
  MEDIATION_STEPS,
  ORDER_KINDS,
  PROPOSAL_KINDS,
} from "~/domain/codes/tribunal";
import { SENDING_METHODS } from "~/domain/statutory/receipt";
import { CANCEL_REASONS, SESSION_STATUSES } from "~/domain/delivery/session-status";
import { MEASURE_KINDS } from "~/domain/progress/measure-kinds";
import { CYCLE_KINDS, OVERALL_PROGRESS, REVIEW_DECISIONS } from "~/domain/support/review-options";
import * as schema from "./schema";

const enumOf = (table: Parameters<typeof getTableColumns>[0], column: string) =>
  (getTableColumns(table) as Record<string, { enumValues?: readonly string[] }>)[column]?.enumValues;

describe("the schema's fixed-value columns", () => {
  const columns = [
    ["users.orgRole", schema.users, "orgRole", ORG_ROLES],
    ["emailTokens.purpose", schema.emailTokens, "purpose", EMAIL_TOKEN_PURPOSES],
    ["caseAccess.role", schema.caseAccess, "role", CASE_ROLES],
    ["caseAccess.level", schema.caseAccess, "level", ACCESS_LEVELS],
    ["needs.area", schema.needs, "area", AREAS_OF_NEED],
    ["needs.impact", schema.needs, "impact", IMPACT_LEVELS],
    ["cycles.kind", schema.cycles, "kind", CYCLE_KINDS],
    ["targets.area", schema.targets, "area", AREAS_OF_NEED],
    ["deliverySessions.status", schema.deliverySessions, "status", SESSION_STATUSES],
    ["deliverySessions.cancelReason", schema.deliverySessions, "cancelReason", CANCEL_REASONS],
    ["reviews.overallProgress", schema.reviews, "overallProgress", OVERALL_PROGRESS],
    ["reviews.decision", schema.reviews, "decision", REVIEW_DECISIONS],
    ["measurements.kind", schema.measurements, "kind", MEASURE_KINDS],
    ["adjustments.status", schema.adjustments, "status", ADJUSTMENT_STATUSES],
    ["documents.dateSource", schema.documents, "dateSource", DATE_SOURCES],
    ["documents.source", schema.documents, "source", DOCUMENT_SOURCES],
    ["professionals.role", schema.professionals, "role", PROFESSIONAL_ROLES],
    ["referrals.service", schema.referrals, "service", PROFESSIONAL_ROLES],
    ["referrals.status", schema.referrals, "status", REFERRAL_STATUSES],
    ["recommendations.status", schema.recommendations, "status", RECOMMENDATION_STATUSES],
    ["meetings.kind", schema.meetings, "kind", MEETING_KINDS],
    ["meetingActions.status", schema.meetingActions, "status", ACTION_STATUSES],
    ["correspondence.direction", schema.correspondence, "direction", DIRECTIONS],
    ["correspondence.channel", schema.correspondence, "channel", CHANNELS],
    ["statutoryEvents.transfer", schema.statutoryEvents, "transfer", TRANSFERS],
    ["statutoryEvents.sentBy", schema.statutoryEvents, "sentBy", SENDING_METHODS],
    ["ehcPlans.stage", schema.ehcPlans, "stage", EHC_PLAN_STAGES],
    ["caseInvitations.role", schema.caseInvitations, "role", SHARE_ROLES],
    ["caseInvitations.level", schema.caseInvitations, "level", SHARE_LEVELS],
    ["auditEvents.action", schema.auditEvents, "action", AUDIT_ACTIONS],
    ["bookings.status", schema.bookings, "status", BOOKING_STATUSES],
    ["measurements.area", schema.measurements, "area", AREAS_OF_NEED],
    ["adjustments.area", schema.adjustments, "area", AREAS_OF_NEED],
    ["recommendations.area", schema.recommendations, "area", AREAS_OF_NEED],
    ["ehcPlanLines.area", schema.ehcPlanLines, "area", AREAS_OF_NEED],
    ["familyPriorities.area", schema.familyPriorities, "area", AREAS_OF_NEED],
    ["schoolDayEvents.kind", schema.schoolDayEvents, "kind", SCHOOL_DAY_KINDS],
    ["schoolDayEvents.firstSession", schema.schoolDayEvents, "firstSession", FIRST_SESSIONS],
    ["schoolDayEvents.restraintType", schema.schoolDayEvents, "restraintType", RESTRAINT_TYPES],
    ["schoolDayEvents.absenceReason", schema.schoolDayEvents, "absenceReason", ABSENCE_REASONS],
    ["schoolDayEvents.attendanceCode", schema.schoolDayEvents, "attendanceCode", ATTENDANCE_CODES],
    ["schoolTerms.kind", schema.schoolTerms, "kind", SCHOOL_TERM_KINDS],
    ["appeals.appealType", schema.appeals, "appealType", APPEAL_TYPES],
    ["appeals.mediation", schema.appeals, "mediation", MEDIATION_STEPS],
    ["appeals.status", schema.appeals, "status", APPEAL_STATUSES],
    ["appealDates.kind", schema.appealDates, "kind", APPEAL_DATE_KINDS],
    ["appealBundleItems.section", schema.appealBundleItems, "section", BUNDLE_SECTIONS],
    ["appealBundleItems.kind", schema.appealBundleItems, "kind", BUNDLE_ITEM_KINDS],
    ["appealProposals.section", schema.appealProposals, "section", APPEAL_SECTIONS],
    ["appealProposals.kind", schema.appealProposals, "kind", PROPOSAL_KINDS],
    ["appealDocuments.kind", schema.appealDocuments, "kind", APPEAL_DOCUMENT_KINDS],
    ["appealOrders.kind", schema.appealOrders, "kind", ORDER_KINDS],
  ] as const;

  it.each(columns)("%s takes its values from the code list", (_name, table, column, list) => {
    expect(enumOf(table, column)).toEqual([...list]);
  });

  it("has no fixed-value column left out of the list above", () => {
    const withValues = Object.entries(schema)
      .filter(([, value]) => value && typeof value === "object" && Symbol.for("drizzle:IsDrizzleTable") in value)
      .flatMap(([tableName, table]) =>
        Object.entries(getTableColumns(table as Parameters<typeof getTableColumns>[0]))
          .filter(([, column]) => ((column as { enumValues?: readonly string[] }).enumValues?.length ?? 0) > 0)
          .map(([columnName]) => `${tableName}.${columnName}`),
      );
    expect(withValues.sort()).toEqual(columns.map(([name]) => name).sort());
  });
});
