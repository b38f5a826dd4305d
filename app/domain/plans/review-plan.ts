// Reviews an EHC plan line by line: each Section F line checked for specific, quantified wording;
// each area of need in Section B followed to an outcome in E and provision in F; each confirmed
// professional recommendation looked for in F. The findings a response to a draft plan rests on.

import type { AreaOfNeed } from "../areas-of-need";
import type { CaseDocument } from "../case/case-document";
import { compareWording } from "../health/case-helpers";
import { SAME_SUPPORT } from "../health/thresholds";
import { checkWording, type WordingCheck } from "../wording/check-wording";
import type { PlanSection } from "./split-plan";

/** How alike a recommendation and a Section F line must be to count as the same support: the health check's threshold. */
export { SAME_SUPPORT };

export type ReviewLine = { id: string; section: PlanSection | string; text: string; area: AreaOfNeed | null };

export type ProvisionReview = { lineId: string; text: string; area: AreaOfNeed | null; check: WordingCheck };

export type AreaGap = {
  area: AreaOfNeed | null;
  /** What is missing for the needs described in Section B in this area. */
  missing: Array<"outcome" | "provision">;
};

export type MissingRecommendation = { id: string; text: string; reportTitle: string };

export type PlanReview = {
  provision: ProvisionReview[];
  vagueCount: number;
  gaps: AreaGap[];
  recommendations: { placed: Array<MissingRecommendation & { lineId: string | null }>; missing: MissingRecommendation[] };
};

export function reviewPlan(lines: readonly ReviewLine[], reports: CaseDocument["reports"]): PlanReview {
  const provisionLines = lines.filter((line) => line.section === "F");
  const provision = provisionLines.map((line) => ({ lineId: line.id, text: line.text, area: line.area, check: checkWording(line.text) }));

  const areasOf = (section: string) => new Set(lines.filter((line) => line.section === section).map((line) => line.area));
  const needs = areasOf("B");
  const outcomes = areasOf("E");
  const support = areasOf("F");
  const gaps: AreaGap[] = [...needs].flatMap((area) => {
    const missing: AreaGap["missing"] = [];
    if (!outcomes.has(area)) missing.push("outcome");
    if (!support.has(area)) missing.push("provision");
    return missing.length > 0 ? [{ area, missing }] : [];
  });

  const placed: PlanReview["recommendations"]["placed"] = [];
  const missing: MissingRecommendation[] = [];
  for (const report of reports) {
    for (const recommendation of report.recommendations) {
      if (recommendation.status !== "confirmed") continue;
      const item = { id: recommendation.id, text: recommendation.text, reportTitle: report.title };
      const match = provisionLines
        .map((line) => ({ line, score: compareWording(line.text, recommendation.text) }))
        .sort((a, b) => b.score - a.score)[0];
      if (match && match.score >= SAME_SUPPORT) placed.push({ ...item, lineId: match.line.id });
      else if (recommendation.inEhcPlan === true) placed.push({ ...item, lineId: null });
      else missing.push(item);
    }
  }
  return {
    provision,
    vagueCount: provision.filter((line) => line.check.verdict === "vague").length,
    gaps,
    recommendations: { placed, missing },
  };
}

/** A plan of the case document as review lines: B needs, E outcomes, F provision. */
export function planLinesOf(plan: CaseDocument["ehcPlans"][number]): ReviewLine[] {
  return [
    ...plan.needs.map((line) => ({ id: line.id, section: "B", text: line.text, area: line.area })),
    ...plan.outcomes.map((line) => ({ id: line.id, section: "E", text: line.text, area: line.area })),
    ...plan.provision.map((line) => ({ id: line.id, section: "F", text: line.text, area: line.area })),
  ];
}
