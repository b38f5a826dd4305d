// The family's response to a draft EHC plan: each Section F line that is not specific, quoted with
// what it leaves out; each area of need with no outcome or provision; each professional
// recommendation missing from Section F; the school they want named; a meeting if they want one.
// Sent within the 15 days the law gives to comment.

import { AREA_INFO, type AreaOfNeed } from "../../areas-of-need";
import { compareDates } from "../../calendar/calendar-date";
import type { CaseDocument } from "../../case/case-document";
import { planLinesOf, reviewPlan } from "../../plans/review-plan";
import type { WordingAspect } from "../../wording/check-wording";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import { listCaseDeadlines } from "../statutory-facts";
import { periodOf } from "../../law/statements";
import { formatDate } from "../../presentation";

const TEXT_LIMIT = 2000;

const ASPECT_WORDS: Record<WordingAspect, string> = {
  what: "what the support is",
  who: "who gives it",
  frequency: "how often",
  duration: "for how long",
  group_size: "the group size",
  qualification: "the training or qualification of the person giving it",
};

const STAGE_WORDS = { draft: "draft", final: "final", amended: "amended" } as const;

function plansNewestFirst(document: CaseDocument) {
  return [...document.ehcPlans].sort(
    (a, b) => Number(b.stage === "draft") - Number(a.stage === "draft") || compareDates(b.issuedOn ?? "1900-01-01", a.issuedOn ?? "1900-01-01"),
  );
}

function planChoices(document: CaseDocument): OptionChoice[] {
  return plansNewestFirst(document).map((plan) => ({
    value: plan.id,
    label: `The ${STAGE_WORDS[plan.stage]} plan${plan.issuedOn ? ` of ${formatDate(plan.issuedOn)}` : ""}`,
  }));
}

export const draftPlanResponse: LetterTemplate = {
  kind: "draft_plan_response",
  label: "Respond to a draft EHC plan",
  whenToUse: "When the council sends a draft EHC plan: ask for vague support to be made specific and for anything missing to be added, within 15 days.",
  audience: "local_authority",
  reply: { kind: "rule", ruleId: "R-EHCP-DRAFT-15", periodName: "main", description: periodOf("R-EHCP-DRAFT-15") },
  options(document) {
    const plans = planChoices(document);
    return [
      {
        kind: "choice",
        name: "plan",
        label: "Which plan are you responding to?",
        hint: plans.length === 0 ? "Add the draft plan under EHC plans first, so the letter can go through it line by line." : undefined,
        choices: [...plans, { value: "none", label: "A plan not added to Clearpath" }],
        defaultValue: plans[0]?.value ?? "none",
      },
      {
        kind: "choice",
        name: "meeting",
        label: "Do you want a meeting with the council about the draft?",
        choices: [
          { value: "yes", label: "Yes, ask for a meeting" },
          { value: "no", label: "No" },
        ],
        defaultValue: "yes",
      },
      { kind: "text", name: "school", label: "The school or college you want named in Section I (optional)", required: false, maxLength: 300 },
      { kind: "text", name: "comments", label: "Your other comments (optional)", hint: "For example, needs the plan leaves out.", required: false, maxLength: TEXT_LIMIT, rows: 4 },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const plan = document.ehcPlans.find((item) => item.id === readText(options, "plan"));
    const review = plan ? reviewPlan(planLinesOf(plan), document.reports) : null;
    const window = listCaseDeadlines(document, today).find((deadline) => deadline.key === "draft_plan_comments" && deadline.status !== "met");
    const vague = review?.provision.filter((line) => line.check.verdict === "vague") ?? [];
    const areaName = (area: AreaOfNeed | null) => (area ? AREA_INFO[area].label.toLowerCase() : "needs with no area given");
    const school = readText(options, "school");
    const comments = readText(options, "comments");
    return {
      subject: `Comments on ${child.name}'s draft EHC plan`,
      body: joinParagraphs([
        child.introduction,
        `These are my comments on ${child.firstName}'s ${plan ? `${STAGE_WORDS[plan.stage]} EHC plan${plan.issuedOn ? ` dated ${formatDate(plan.issuedOn)}` : ""}` : "draft EHC plan"}. I am sending them within 15 days of receiving the draft (${cite("R-EHCP-DRAFT-15", today)})${window ? `, by ${formatDate(window.due)}` : ""}.`,
        vague.length > 0
          ? `Section F must say exactly what support ${child.firstName} will get, so that it is clear what must be given (${cite("R-EHCP-F-SPECIFIC", today)}). These lines are not specific enough. Please rewrite each one to say what the support is, who gives it, how often and for how long:\n${bulletList(
              vague.map((line) => `"${line.text}"${line.check.missing.length > 0 ? ` — it does not say ${line.check.missing.map((aspect) => ASPECT_WORDS[aspect]).join(", ")}` : ""}${line.check.vagueTerms.length > 0 ? ` (it uses "${line.check.vagueTerms.join('", "')}")` : ""}`),
            )}`
          : null,
        review && review.gaps.length > 0
          ? `Each need in Section B should have an outcome in Section E and support in Section F (${cite("R-EHCP-SECTIONS", today)}). The plan has:\n${bulletList(
              review.gaps.map((gap) => `${areaName(gap.area)}: needs described, but no ${gap.missing.join(" and no ")}`),
            )}`
          : null,
        review && review.recommendations.missing.length > 0
          ? `These recommendations from professionals' advice are not in Section F. Please add them, or explain why not:\n${bulletList(
              review.recommendations.missing.map((item) => `"${item.text}" (${item.reportTitle})`),
            )}`
          : null,
        school ? `I would like Section I to name ${school} (${cite("R-EHCP-SCHOOL-REQUEST", today)}).` : null,
        comments,
        readText(options, "meeting") === "yes" ? "I would also like a meeting with someone from the council to discuss the draft plan before it is finalised." : null,
        "Please send me the revised draft, or tell me what you will change, before the plan is finalised.",
        "Thank you.",
      ]),
      replyWithinDays: null,
      citations: [
        "R-EHCP-DRAFT-15",
        ...(vague.length > 0 ? ["R-EHCP-F-SPECIFIC"] : []),
        ...(review && review.gaps.length > 0 ? ["R-EHCP-SECTIONS"] : []),
        ...(school ? ["R-EHCP-SCHOOL-REQUEST"] : []),
      ],
    };
  },
};
