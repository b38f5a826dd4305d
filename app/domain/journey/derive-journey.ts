// Where the child is on the path from a first concern to an EHC plan, worked out from the
// records rather than picked by hand. The nine stages follow the parents' guide; what should
// happen at each rests on the SEND Code of Practice (rules cited per stage).

import { type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import { describeStatutoryEvent } from "../chronology/describe-statutory-event";
import type { Deadline } from "../deadlines/compute-deadlines";
import type { RuleId } from "../law/catalogue";
import type { Finding } from "../health/check-case";
import { listCyclesInOrder } from "../health/case-helpers";
import { formatDate, plural } from "../presentation";
import { readStatutoryStep, type StatutoryStep, type StepTarget } from "./statutory-step";

export type { JourneyScreen, StepTarget } from "./statutory-step";

export const JOURNEY_STAGES = [
  "concerns",
  "raised_with_school",
  "monitoring",
  "senco_assessment",
  "apdr",
  "interventions",
  "reviews",
  "escalation",
  "ehcp",
] as const;

export type JourneyStageId = (typeof JOURNEY_STAGES)[number];

export type JourneyStage = {
  id: JourneyStageId;
  number: number;
  title: string;
  status: "done" | "current" | "ahead";
  /** What should be happening at this stage. */
  expected: string;
  /** What the parent can do now, each with the screen or letter that does it. */
  actions: Array<{ label: string; target: StepTarget }>;
  /** Why the app thinks this stage is reached, from the records. */
  evidence: string | null;
  rules: RuleId[];
};

/** `statutory`: the step of the statutory process the records reach, if any (then stage 9 is that step). */
export type Journey = { current: JourneyStageId; stages: JourneyStage[]; statutory: StatutoryStep | null };

type StageText = Omit<JourneyStage, "status" | "evidence" | "number">;

const STAGES: Record<JourneyStageId, StageText> = {
  concerns: {
    id: "concerns",
    title: "You notice concerns",
    expected: "Write down what you see, with examples and dates. Your observations count.",
    actions: [
      { label: "Record your child's needs", target: { screen: "needs" } },
      { label: "Start a home diary", target: { screen: "diary" } },
    ],
    rules: ["R-DEF-SEN", "R-DEF-AREAS"],
  },
  raised_with_school: {
    id: "raised_with_school",
    title: "You talk to the school",
    expected:
      "Talk to the class teacher about what you both see. You can ask to meet the SENCO at any time; you do not need the teacher's permission.",
    actions: [{ label: "Add the SENCO's details", target: { screen: "profile" } }],
    rules: ["R-SCH-SENCO"],
  },
  monitoring: {
    id: "monitoring",
    title: "Early monitoring and classroom changes",
    expected:
      "The teacher may try changes in class and watch for a short time. This should be short and lead to a decision, not drift on for terms.",
    actions: [{ label: "Record the monitoring as a stage of support", target: { screen: "support_new" } }],
    rules: ["R-SCH-QFT"],
  },
  senco_assessment: {
    id: "senco_assessment",
    title: "The SENCO assesses your child's needs",
    expected:
      "The SENCO and teacher gather information (observations, tests, your views and your child's) and explain which needs they have found and what support comes next.",
    actions: [{ label: "Record what was assessed and found", target: { screen: "support_new" } }],
    rules: ["R-SCH-APDR-ASSESS"],
  },
  apdr: {
    id: "apdr",
    title: "SEN support begins: a plan with targets",
    expected:
      "The school should tell you formally that your child is getting SEN support, and agree with you a plan: specific targets, the support for each, who gives it, how often, and a review date.",
    actions: [{ label: "Record the school's plan", target: { screen: "support" } }],
    rules: ["R-SCH-GRADUATED", "R-SCH-APDR-PLAN", "R-SCH-INFORM-PARENTS"],
  },
  interventions: {
    id: "interventions",
    title: "Support is given and checked",
    expected: "The support in the plan should happen as planned. Keep a note of sessions that do not happen.",
    actions: [
      { label: "Check support against the plan", target: { screen: "audit" } },
      { label: "Record progress measures", target: { screen: "progress" } },
    ],
    rules: ["R-SCH-APDR-DO", "R-SCH-RECORDS"],
  },
  reviews: {
    id: "reviews",
    title: "Review meetings",
    expected:
      "The plan should be reviewed on the agreed date, with you, at least three times a year. Each review should say what worked, what did not, and what changes.",
    actions: [{ label: "Record a review", target: { screen: "support" } }],
    rules: ["R-SCH-APDR-REVIEW", "R-SCH-MEET-3"],
  },
  escalation: {
    id: "escalation",
    title: "Progress is limited: support should change",
    expected:
      "If your child keeps making less progress than expected, the plan should change, and the school should think about involving specialists such as an educational psychologist.",
    actions: [
      { label: "See the health check", target: { screen: "health" } },
      { label: "Check support against the plan", target: { screen: "audit" } },
    ],
    rules: ["R-SCH-SPECIALISTS"],
  },
  ehcp: {
    id: "ehcp",
    title: "Consider an EHC needs assessment",
    expected:
      "If your child may need more help than the school can give from its own resources, you can ask the council for an EHC needs assessment yourself. You do not need a diagnosis, the school's agreement, or a set number of support cycles.",
    actions: [
      { label: "See the evidence on progress", target: { screen: "health" } },
      { label: "Write the request to the council", target: { screen: "ehcna_request" } },
      { label: "Follow the council's time limits", target: { screen: "statutory" } },
    ],
    rules: ["R-EHCNA-TEST", "R-EHCNA-WHO"],
  },
};

function isLimited(progress: string | null | undefined): boolean {
  return progress === "limited" || progress === "none";
}

/**
 * Works out the stage from the records, the health check's findings for them and the deadlines
 * their statutory events start (the deadline engine's output). Example: a case with needs
 * recorded, a SENCO named and one support cycle with targets but no review is at "apdr" (stage 5),
 * or "interventions" once sessions are logged; a case with a draft EHC plan is at stage 9 with
 * "Send your comments on the draft plan by …" as its first action.
 */
export function deriveJourney(document: CaseDocument, findings: readonly Finding[], deadlines: readonly Deadline[], today: CalendarDate): Journey {
  const statutory = readStatutoryStep(document, deadlines, today);
  const cycles = listCyclesInOrder(document);
  const supportCycles = cycles.filter((c) => c.kind === "sen_support");
  const reviewed = cycles.filter((c) => c.review);
  const latestReviewed = reviewed.at(-1);
  const lastTwo = reviewed.slice(-2);
  const hasLimitedTwice = lastTwo.length === 2 && lastTwo.every((c) => isLimited(c.review?.overallProgress));
  const suggestsEhcna =
    findings.some((f) => f.code === "consider_ehcna") ||
    latestReviewed?.review?.decision === "consider_ehcna" ||
    document.statutoryEvents.length > 0;
  const isReviewAskingForMore =
    latestReviewed !== undefined && (isLimited(latestReviewed.review?.overallProgress) || ["increase", "refer"].includes(latestReviewed.review?.decision ?? ""));

  const evidence: Record<JourneyStageId, string | null> = {
    concerns:
      document.needs.length > 0 || document.diary.length > 0
        ? `${plural(document.needs.length, "area")} of need recorded`
        : null,
    raised_with_school:
      document.child.senco || cycles.length > 0 ? (document.child.senco ? `SENCO: ${document.child.senco.name}` : "The school has started a plan") : null,
    monitoring: cycles.length > 0 ? (cycles.some((c) => c.kind === "monitoring") ? "A monitoring stage is recorded" : "The school went straight to SEN support") : null,
    senco_assessment:
      cycles.some((c) => c.assessment) || supportCycles.length > 0
        ? cycles.some((c) => c.assessment)
          ? "An assessment is recorded"
          : "SEN support has started"
        : null,
    apdr: supportCycles.some((c) => c.targets.length > 0 || c.provision.length > 0) ? `${plural(supportCycles.length, "support cycle")} recorded` : null,
    interventions: cycles.some((c) => c.sessions.length > 0) ? "Support sessions are being logged" : null,
    reviews: reviewed.length > 0 ? `${plural(reviewed.length, "review")} recorded` : null,
    escalation: isReviewAskingForMore
      ? hasLimitedTwice
        ? "Limited progress at the last two reviews"
        : "The last review found limited progress or asked for more help"
      : statutory
        ? "You went on to ask the council for help"
        : suggestsEhcna
          ? "The health check suggests considering an assessment"
          : null,
    ehcp: statutory
      ? `${describeStatutoryEvent(statutory.fromEvent.type)} on ${formatDate(statutory.fromEvent.date)}`
      : suggestsEhcna
        ? "The records show limited progress despite support over time"
        : null,
  };

  // The current stage is the furthest one the records reach; stages before it count as done
  // (a family may skip one, such as monitoring), and the ones after are ahead.
  let currentIndex = 0;
  JOURNEY_STAGES.forEach((id, index) => {
    if (evidence[id]) currentIndex = index;
  });
  const stages = JOURNEY_STAGES.map((id, index): JourneyStage => {
    const status = index < currentIndex ? "done" : index === currentIndex ? "current" : "ahead";
    const text = id === "ehcp" && statutory ? statutoryStage(statutory) : STAGES[id];
    return { ...text, number: index + 1, status, evidence: evidence[id] };
  });
  return { current: JOURNEY_STAGES[currentIndex]!, stages, statutory };
}

/** Stage 9 once the statutory process has started: the step reached, its next action first. */
function statutoryStage(step: StatutoryStep): StageText {
  const timeLimits = { label: "Follow the council's time limits", target: { screen: "statutory" } } as const;
  const isTimeLimits = "screen" in step.next.target && step.next.target.screen === "statutory";
  return {
    id: "ehcp",
    title: step.title,
    expected: step.expected,
    actions: [{ label: step.next.action, target: step.next.target }, ...(isTimeLimits ? [] : [timeLimits])],
    rules: [...new Set([step.next.rule, ...STAGES.ehcp.rules])],
  };
}
