// Looking up a rule in the law catalogue as it stood on a given date.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { LAW_CATALOGUE } from "./catalogue";
import type { LawRule } from "./law-rule";

/**
 * The version of a rule in force on a date, or undefined if none was, e.g.
 * findRule("R-EHCNA-DECIDE", "2026-09-14")?.periods?.main gives 6 weeks.
 */
export function findRule(
  id: string,
  onDate: CalendarDate,
  catalogue: readonly LawRule[] = LAW_CATALOGUE,
): LawRule | undefined {
  return catalogue.find(
    (rule) =>
      rule.id === id &&
      compareDates(rule.inForceFrom, onDate) <= 0 &&
      (rule.inForceTo === null || compareDates(onDate, rule.inForceTo) <= 0),
  );
}

/**
 * The version of a rule in force on a date; throws if the id is unknown or nothing was in force,
 * e.g. getRule("R-APP-DEADLINE", "2026-08-31").citations[0].provision === "rule 20(1)(c)".
 */
export function getRule(id: string, onDate: CalendarDate, catalogue: readonly LawRule[] = LAW_CATALOGUE): LawRule {
  const rule = findRule(id, onDate, catalogue);
  if (!rule) throw new Error(`No version of ${id} was in force on ${onDate}`);
  return rule;
}

/** Every version of a rule, oldest first, e.g. listRuleVersions("R-AR-12M").length >= 1. */
export function listRuleVersions(id: string, catalogue: readonly LawRule[] = LAW_CATALOGUE): LawRule[] {
  return catalogue.filter((rule) => rule.id === id).sort((a, b) => a.version - b.version);
}

/** Whether any version of a rule with this id exists, e.g. hasRule("R-DEF-AREAS") === true. */
export function hasRule(id: string, catalogue: readonly LawRule[] = LAW_CATALOGUE): boolean {
  return catalogue.some((rule) => rule.id === id);
}
