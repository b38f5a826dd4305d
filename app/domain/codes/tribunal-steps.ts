// Code list: the dated steps of an appeal (FAMILY_STEPS, COUNCIL_STEPS in domain/tribunal), with
// the words a person sees for each: the step as a title, what the council must do as a phrase
// after "must", and whose a date is (decision 024). The one list for the workspace, the lists,
// reminders, calendars, letters and findings (decision 147); the sentences that put a date to
// them are built in domain/reminders/appeal-dates.ts. The dates and their rules are in
// app/domain/tribunal/ (R-TRIB-…, R-APP-…).
import type { CouncilStep, FamilyStep } from "../tribunal/tribunal-time";

/** Who a date is for: the family acts, the council acts, or the tribunal holds it. */
export type Whose = "family" | "council" | "tribunal";

export const WHOSE_LABELS: Readonly<Record<Whose, string>> = {
  family: "Yours",
  council: "The council's",
  tribunal: "The tribunal's",
};

/** The step as a short title, e.g. on a list of dates or a card. */
export const TRIBUNAL_STEP_TITLES: Readonly<Record<FamilyStep | CouncilStep, string>> = {
  appeal: "Appeal to the SEND Tribunal",
  ask_for_review: "Ask the tribunal to review its decision because things have changed",
  ask_to_set_aside: "Ask the tribunal to set its decision aside because of a problem with the process",
  ask_tribunal_permission: "Ask the tribunal for permission to appeal to the Upper Tribunal",
  ask_upper_tribunal_permission: "Ask the Upper Tribunal for permission to appeal",
  ask_upper_tribunal_hearing: "Ask the Upper Tribunal to look again at a hearing",
  respond_to_appeal: "The council responds to the appeal",
  say_it_will_assess: "The council says it will assess",
  say_no_plan_needed: "The council says no plan is needed",
  issue_draft_plan: "The council issues the draft EHC plan",
  issue_final_plan: "The council issues the final EHC plan",
  reconsider: "The council thinks again about its decision",
  issue_amended_plan: "The council issues the changed plan",
  name_school: "The council issues the plan naming the school",
  keep_plan: "The council keeps the plan",
  cease_plan: "The council may end the plan",
};

/** What the council must do, as a phrase after "must": "issue the changed plan". */
export const COUNCIL_STEP_DUTIES: Readonly<Record<CouncilStep, string>> = {
  respond_to_appeal: "respond to the appeal",
  say_it_will_assess: "tell you it will assess your child's needs",
  say_no_plan_needed: "tell you no plan is needed",
  issue_draft_plan: "send you the draft EHC plan",
  issue_final_plan: "issue the final EHC plan",
  reconsider: "think again about its decision",
  issue_amended_plan: "issue the changed plan",
  name_school: "issue the plan naming the school",
  keep_plan: "keep the plan",
  cease_plan: "end the plan, if it chooses to",
};
