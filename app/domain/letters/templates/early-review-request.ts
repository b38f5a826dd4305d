// Asking the council for an early review of the EHC plan: the law sets the longest gap between
// reviews, not the shortest, so a plan can be reviewed sooner when things change. When the school
// day's records show education lost this school year, that is offered as a reason, with the figures.

import { addDays, compareDates } from "../../calendar/calendar-date";
import type { CaseDocument } from "../../case/case-document";
import { periodOf } from "../../law/statements";
import { bulletList, cite, describeChild, joinParagraphs, readList, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import { formatDate } from "../../presentation";
import {
  describeDaysLost,
  ESTIMATE_NOTE,
  estimateHint,
  findEducationLostThisYear,
  listEducationLost,
} from "../school-day-facts";

const REPLY_DAYS = 14;
const TEXT_LIMIT = 2000;

const REASONS: readonly OptionChoice[] = [
  { value: "needs_changed", label: "My child's needs have changed" },
  { value: "not_working", label: "The support in the plan is not working" },
  { value: "not_delivered", label: "Support in the plan is not being given" },
  { value: "new_advice", label: "A new report or diagnosis says different support is needed" },
  { value: "placement", label: "The school or college placement is at risk or breaking down" },
  { value: "move", label: "A move of school or phase is coming" },
];

/** The reason offered when the school day's records show education lost this school year. */
const EDUCATION_LOST = "education_lost";
const describeLostReason = (days: string) =>
  `My child has lost ${days} of education this school year`;

/** The plan in force: the latest final or amended one. */
function currentPlan(document: CaseDocument) {
  return [...document.ehcPlans]
    .filter((plan) => plan.stage !== "draft" && plan.issuedOn)
    .sort((a, b) => compareDates(a.issuedOn!, b.issuedOn!))
    .at(-1);
}

export const earlyReviewRequest: LetterTemplate = {
  kind: "early_review_request",
  label: "Ask for an early review of the EHC plan",
  whenToUse: "When something has changed and the plan cannot wait for the next annual review.",
  audience: "local_authority",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const { lost, isEstimate } = findEducationLostThisYear(document, today);
    return [
      {
        kind: "checkboxes",
        name: "reasons",
        label: "Why the plan needs reviewing now",
        ...(lost && isEstimate ? { hint: estimateHint(true).trim() } : {}),
        choices: lost
          ? [
              ...REASONS,
              { value: EDUCATION_LOST, label: describeLostReason(describeDaysLost(lost)) },
            ]
          : [...REASONS],
        defaultValue: [],
        required: true,
        missing: "Tick at least one reason",
      },
      {
        kind: "text",
        name: "details",
        label: "What has changed (optional)",
        hint: "Dates and examples help. Name any new reports you will send.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 5,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const plan = currentPlan(document);
    const ticked = readList(options, "reasons");
    const { lost, isEstimate, yearStart } = findEducationLostThisYear(document, today);
    const showsLost = lost !== null && ticked.includes(EDUCATION_LOST);
    const reasons = ticked
      .map((value) =>
        value === EDUCATION_LOST && lost
          ? describeLostReason(describeDaysLost(lost))
          : REASONS.find((reason) => reason.value === value)?.label,
      )
      .filter((label): label is string => label !== undefined);
    const details = readText(options, "details");
    return {
      subject: `Request for an early review of ${child.name}'s EHC plan`,
      body: joinParagraphs([
        child.introduction,
        `I am asking the council to arrange an early review of ${child.firstName}'s EHC plan${plan ? `, issued on ${formatDate(plan.issuedOn!)}` : ""}. The plan must be reviewed at least every ${periodOf("R-AR-12M")} (${cite("R-AR-12M", today)}); that is the longest gap allowed, and a review can be held sooner when it is needed.`,
        reasons.length > 0 ? `The reasons:\n${reasons.map((reason) => `• ${reason}`).join("\n")}` : null,
        showsLost
          ? `So far this school year (since ${formatDate(yearStart)}), my records show ${child.firstName} has missed:\n${bulletList(listEducationLost(lost))}\nMissing this much school means the support in the plan is not reaching ${child.firstName}, and the plan may need to change.`
          : null,
        showsLost && isEstimate ? ESTIMATE_NOTE : null,
        details,
        `The review should follow the usual steps: a meeting the invited are told of at least ${periodOf("R-AR-NOTICE", "notice")} it, and the advice and information sent out at least ${periodOf("R-AR-NOTICE", "papers")} it (${cite("R-AR-NOTICE", today)}).`,
        `Please tell me within ${REPLY_DAYS} days of the date of this letter (by ${formatDate(addDays(today, REPLY_DAYS))}) whether the council will arrange the review, and when.`,
        "Thank you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-AR-12M", "R-AR-NOTICE"],
    };
  },
};
