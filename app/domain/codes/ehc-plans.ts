// Code list: EHC plans. Which version of the plan a record is, with the words a person sees for
// each (docs/decisions/024-code-lists.md).

export const EHC_PLAN_STAGES = ["draft", "final", "amended"] as const;
export type EhcPlanStage = (typeof EHC_PLAN_STAGES)[number];

export const EHC_PLAN_STAGE_LABELS: Record<EhcPlanStage, string> = {
  draft: "Draft plan",
  final: "Final plan",
  amended: "Amended plan",
};
