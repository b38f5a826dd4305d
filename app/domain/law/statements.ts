// How the product states the law: the time limits in words, read from the catalogue (never typed
// into prose), how sure we are of each rule, and the date the catalogue states the law as at.

import { MONTH_NAMES } from "../calendar/calendar-date";
import { formatDate, plural } from "../presentation";
import { LAW_AS_AT, LAW_CATALOGUE } from "./catalogue";
import { getRule } from "./get-rule";
import type { LawRule, Period, Verification } from "./law-rule";

/** Words for a time limit, e.g. "6 weeks", "15 days", "3 working days", "30 tribunal working days", "2 weeks before". */
export function describePeriod(period: Period): string {
  switch (period.kind) {
    case "before_fixed_date":
      return "the fixed date";
    case "months_before":
      return `${plural(period.amount, "month")} before the move`;
    case "weeks_before":
      return `${plural(period.amount, "week")} before`;
    case "count": {
      const unit =
        period.unit === "working_days" ? "working day" : period.unit === "tribunal_working_days" ? "tribunal working day" : period.unit.replace(/s$/, "");
      return plural(period.amount, unit);
    }
    case "school_days":
      return plural(period.amount, "school day");
    case "school_days_total":
      return `${plural(period.amount, "school day")} in a ${period.per === "term" ? "term" : "school year"}`;
  }
}

/**
 * A rule's time limit in words as the law stood on LAW_AS_AT, for text that states it, e.g.
 * periodOf("R-AR-REASSESS") === "15 days". Throws when the rule has no such period, so a page
 * cannot quietly print a number the catalogue does not hold.
 */
export function periodOf(id: string, name = "main", catalogue: readonly LawRule[] = LAW_CATALOGUE): string {
  const period = getRule(id, LAW_AS_AT, catalogue).periods?.[name];
  if (!period) throw new Error(`${id} has no period called "${name}"`);
  return describePeriod(period);
}

/** A rule's fixed date in words, e.g. fixedDateOf("R-AR-PHASE", "school") === "15 February". */
export function fixedDateOf(id: string, name: string, catalogue: readonly LawRule[] = LAW_CATALOGUE): string {
  const period = getRule(id, LAW_AS_AT, catalogue).periods?.[name];
  if (period?.kind !== "before_fixed_date") throw new Error(`${id} has no fixed date called "${name}"`);
  return `${period.day} ${MONTH_NAMES[period.month - 1]}`;
}

/** How sure we are of a rule, in the words every page shows beside it. */
export const VERIFICATION_TEXT: Readonly<Record<Verification, string>> = {
  verified: "Checked against the law's own text.",
  partly_verified: "Partly checked against the law's own text.",
  secondary: "Not yet checked against the law's own text; taken from reliable guides that agree.",
  unverified: "Not yet checked against the law's own text.",
};

/** What every page says beside a proposal: it is not law. */
export const PROPOSAL_TEXT = "A proposal, not law: nothing changes until Parliament passes a new law and it comes into force.";

/**
 * How sure we are of a rule, or that it is only a proposal, e.g.
 * describeVerification(getRule("R-AR-REASSESS", LAW_AS_AT)) === "Not yet checked against the law's own text."
 */
export function describeVerification(rule: Pick<LawRule, "verification"> & Partial<Pick<LawRule, "kind">>): string {
  return rule.kind === "proposal" ? PROPOSAL_TEXT : VERIFICATION_TEXT[rule.verification];
}

/** "Law as at 5 December 2026": what every page that states the law says. */
export function lawAsAtText(): string {
  return `Law as at ${formatDate(LAW_AS_AT)}`;
}
