// Education lost this term, every cause together, above a line that is ours
// (EDUCATION_LOST_TERM_DAYS), with the figure by cause (reference 4.2) and the letter that fits
// (reference 4.3): an early review of an EHC plan, otherwise the council's section 19 duty.

import type { RuleId } from "../../law/catalogue";
import { formatList, formatNumber } from "../../presentation";
import {
  LOST_CATEGORIES,
  type LostCategory,
  type LostTotal,
} from "../../school-day/education-lost";
import { findTermOf } from "../../school-day/school-days";
import type { CheckContext, Finding, HealthRule, NextStepAction } from "../finding";
import {
  ESTIMATE_NOTE,
  hasFinalEhcPlan,
  ruleStatusNote,
  withEstimate,
} from "../school-day-helpers";
import {
  EDUCATION_LOST_TERM_DAYS,
  EDUCATION_LOST_TERM_DAYS_SERIOUS,
  ruleOfThumb,
} from "../thresholds";

/** Each cause as a finding names it. */
const CAUSE_WORDS: Record<LostCategory, string> = {
  formal: "suspension or exclusion",
  informal: "being sent home without a formal exclusion",
  part_time: "a part-time timetable",
  health: "illness or medical appointments",
};

function days(total: LostTotal): string {
  return `${formatNumber(total.schoolDays)} school ${total.schoolDays === 1 ? "day" : "days"}`;
}

function check({ document, today, schoolDay }: CheckContext): Finding[] {
  const { educationLost, calendar } = schoolDay;
  const term = findTermOf(today, calendar);
  const lost = educationLost.terms.find((entry) => entry.term.key === term.key);
  if (!lost || lost.total.schoolDays <= EDUCATION_LOST_TERM_DAYS) return [];
  const causes = LOST_CATEGORIES.filter((category) => lost.byCategory[category].sessions > 0).sort(
    (a, b) => lost.byCategory[b].sessions - lost.byCategory[a].sessions,
  );
  const main = causes[0]!;
  const hasPlan = hasFinalEhcPlan(document);
  const next: { label: string; action: NextStepAction; rules: RuleId[] } = hasPlan
    ? {
        label: "Ask the council for an early review of the EHC plan",
        action: "request_early_review",
        rules: [],
      }
    : main === "informal"
      ? {
          label: "Write to the head about being sent home",
          action: "raise_informal_exclusion",
          rules: ["R-DAY-EXCL-INFORMAL"],
        }
      : {
          label: "Ask the council to arrange education (section 19)",
          action: "request_section_19",
          rules: [],
        };
  const isEstimate = lost.term.isEstimate;
  return [
    {
      code: "education_lost_high",
      severity: lost.total.schoolDays > EDUCATION_LOST_TERM_DAYS_SERIOUS ? "high" : "medium",
      title: `${days(lost.total)} lost this term`,
      explanation: [
        `In ${lost.term.label}, ${document.child.name} has lost ${days(lost.total)} (${formatNumber(lost.total.sessions)} sessions): ${formatList(causes.map((category) => `${days(lost.byCategory[category])} through ${CAUSE_WORDS[category]}`))}.`,
        ruleOfThumb(
          `more than ${formatNumber(EDUCATION_LOST_TERM_DAYS)} school days lost in a term, a school week, is worth acting on.`,
        ),
        `The council must arrange suitable education for a child who would otherwise not receive it, because of illness, exclusion or otherwise ${ruleStatusNote("R-DAY-S19")}.`,
        hasPlan
          ? "Your child has an EHC plan: when this much school is lost, you can ask the council to review the plan early."
          : "",
        isEstimate ? ESTIMATE_NOTE : "",
      ]
        .filter(Boolean)
        .join(" "),
      records: withEstimate(lost.total.eventIds, isEstimate),
      rules: ["R-DAY-S19", ...next.rules],
      nextStep: { label: next.label, action: next.action },
    },
  ];
}

export const educationLostHigh: HealthRule<"education_lost_high"> = {
  code: "education_lost_high",
  check,
};
