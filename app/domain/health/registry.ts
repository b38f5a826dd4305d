// Every health-check rule, one for each kind of finding. To add a rule, add its code to
// FINDING_CODES (finding.ts), write it in rules/, and list it here; the pages follow.

import type { FindingCode, HealthRule } from "./finding";
import { actionsOverdue } from "./rules/actions-overdue";
import { considerEhcna } from "./rules/consider-ehcna";
import { deliveryBelowPlan } from "./rules/delivery-below-plan";
import { fewReviews } from "./rules/few-reviews";
import { littleProgress } from "./rules/little-progress";
import { monitoringDrift } from "./rules/monitoring-drift";
import { noSpecialistInvolved } from "./rules/no-specialist-involved";
import { planRepeatedUnchanged } from "./rules/plan-repeated-unchanged";
import { provisionVague } from "./rules/provision-vague";
import { recommendationNotInPlan } from "./rules/recommendation-not-in-plan";
import { reviewOverdue } from "./rules/review-overdue";
import { statutoryDeadlineMissed } from "./rules/statutory-deadline-missed";
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
};
