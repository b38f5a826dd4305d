// Code list: the dated steps of an appeal (FAMILY_STEPS, COUNCIL_STEPS in domain/tribunal), with
// the words a person sees for each: the step as a title, and what it means in a sentence
// (decision 024). The dates and their rules are in app/domain/tribunal/ (R-TRIB-…, R-APP-…).
import type { CouncilStep, FamilyStep } from "../tribunal/tribunal-time";

/** The step as a short title, e.g. on a list of dates. */
export const TRIBUNAL_STEP_TITLES: Readonly<Record<FamilyStep | CouncilStep, string>> = {
  appeal: "Appeal to the SEND Tribunal",
  ask_for_review: "Ask the tribunal to review its decision",
  ask_to_set_aside: "Ask the tribunal to set its decision aside",
  ask_tribunal_permission: "Ask the tribunal for permission to appeal",
  ask_upper_tribunal_permission: "Ask the Upper Tribunal for permission to appeal",
  ask_upper_tribunal_hearing: "Ask the Upper Tribunal for a hearing",
  respond_to_appeal: "The council's response to the appeal",
  say_it_will_assess: "The council says it will assess",
  say_no_plan_needed: "The council says no plan is needed",
  issue_draft_plan: "The council sends the draft plan",
  issue_final_plan: "The council issues the final plan",
  reconsider: "The council thinks again",
  issue_amended_plan: "The council issues the amended plan",
  name_school: "The council names the school in the plan",
  keep_plan: "The council keeps the plan",
  cease_plan: "The council may stop the plan",
};

/** What the step means, in a sentence. */
export const TRIBUNAL_STEP_TEXTS: Readonly<Record<FamilyStep | CouncilStep, string>> = {
  appeal: "Your appeal must reach the tribunal by this date. Keep proof that you sent it.",
  ask_for_review: "If things have changed since the decision, you can ask the tribunal to look at it again.",
  ask_to_set_aside: "If something went wrong with the process (a paper was not sent, or someone could not attend), you can ask the tribunal to set the decision aside.",
  ask_tribunal_permission: "If you think the tribunal got the law wrong, you can ask it for permission to appeal to the Upper Tribunal. Get legal advice first.",
  ask_upper_tribunal_permission: "If the tribunal refused permission, you can ask the Upper Tribunal.",
  ask_upper_tribunal_hearing: "If the Upper Tribunal refused permission on paper, you can ask it to think again at a hearing.",
  respond_to_appeal: "The council sends the tribunal and you its response: whether it opposes the appeal, and why.",
  say_it_will_assess: "The council must tell you it will assess your child's needs.",
  say_no_plan_needed: "If the council decides after assessing that no plan is needed, it must tell you.",
  issue_final_plan: "The council must issue the final EHC plan.",
  issue_draft_plan: "The council must send you the draft EHC plan.",
  reconsider: "The council must make its decision again.",
  issue_amended_plan: "The council must issue the plan changed as the tribunal ordered.",
  name_school: "The council must issue the plan naming the school or type of school.",
  keep_plan: "The council must keep the plan in place, straight away.",
  cease_plan: "The council may stop the plan from the date of the order.",
};
