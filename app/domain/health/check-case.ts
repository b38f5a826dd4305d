// The health check: reads the whole case and reports what is going well and what is not, each
// finding with the records that triggered it, the rules it rests on and a next step. The rules
// are one per file in rules/, listed in registry.ts.

import type { CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { FINDING_CODES, SEVERITY_ORDER, type Finding } from "./finding";
import { summariseProgress, type ProgressSummary } from "./progress-inadequate";
import { HEALTH_RULES } from "./registry";
import { readSchoolDay } from "../school-day/from-case";

export { FINDING_CODES } from "./finding";
export type { CheckContext, Finding, FindingCode, HealthRule, NextStepAction, Severity } from "./finding";

export type CaseCheck = { findings: Finding[]; progress: ProgressSummary };

/**
 * Runs every health-check rule over a case, most serious findings first (rules in registry
 * order within a severity).
 *
 * Example: a case whose current cycle had a review date of 2026-02-01 and no review, checked on
 * 2026-03-01, gets a "review_overdue" finding pointing at that cycle.
 */
export function checkCase(caseDocument: CaseDocument, today: CalendarDate): CaseCheck {
  const progress = summariseProgress(caseDocument, today);
  const context = { document: caseDocument, today, progress, schoolDay: readSchoolDay(caseDocument, today) };
  const findings = FINDING_CODES.flatMap((code) => HEALTH_RULES[code].check(context)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return { findings, progress };
}
