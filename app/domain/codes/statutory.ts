// Code lists: the statutory process. The events a parent records on the timeline, and which move
// between phases of education a phase transfer is, with the words a person sees for each
// (docs/decisions/024-code-lists.md).

export const TRANSFERS = ["school", "post16", "post16_move"] as const;
export type Transfer = (typeof TRANSFERS)[number];

export const TRANSFER_LABELS: Record<Transfer, string> = {
  school: "To a new school (for example primary to secondary)",
  post16: "From secondary school to a post-16 place, such as a college",
  post16_move: "From one post-16 place to another",
};

/**
 * The events a parent can record, in the order they usually happen, each in plain words. Every
 * type is one the deadlines understand (KNOWN_EVENT_TYPES); app/forms/statutory.test.ts checks it.
 */
export const EVENT_TYPE_LABELS = {
  ehcna_request_received: "The council received our request for an EHC needs assessment",
  ehcna_agreed: "The council decided to assess",
  ehcna_refused: "The council refused to assess",
  exception_claimed: "The council said an exception lets it take longer",
  ehcp_agreed: "The council decided to make an EHC plan",
  ehcp_refused: "The council refused to issue a plan",
  draft_plan_issued: "Draft plan issued",
  draft_plan_comments_sent: "We sent our comments on the draft plan",
  final_plan_issued: "Final plan issued",
  mediation_requested: "We told the council we want mediation",
  mediation_held: "Mediation held",
  mediation_declined: "We decided not to go to mediation",
  mediation_ended: "Mediation ended",
  mediation_certificate_issued: "Mediation certificate issued",
  appeal_lodged: "We sent an appeal to the SEND Tribunal",
  annual_review_papers_received: "We received the papers for the annual review meeting",
  annual_review_meeting: "Annual review meeting (held, or the date it is planned for)",
  annual_review_report_sent: "The annual review report was sent to us",
  annual_review_decision_issued: "The council told us its decision after the annual review (no changes to the plan)",
  annual_review_completed: "Annual review finished",
  amendment_notice_issued: "The council sent proposed changes to the plan",
  amendment_comments_sent: "We sent our comments on the proposed changes",
  amended_plan_issued: "Final amended plan issued",
  amendment_withdrawn: "The council decided not to change the plan after all",
  plan_ceased: "The council decided to stop (cease) the EHC plan",
  phase_transfer: "My child will move to a new phase of education (the date of the move)",
  phase_transfer_plan_issued: "Plan naming the new school or college issued",
  plan_transfer_notified: "We moved and the old council was told",
  plan_transfer_completed: "The plan was passed to the new council",
  reassessment_requested: "We asked for a reassessment",
  reassessment_agreed: "The council agreed to reassess",
  reassessment_refused: "The council refused to reassess",
  subject_access_request_sent: "We asked the school for our child's records",
  subject_access_reply_received: "The school sent the records",
} as const satisfies Record<string, string>;

export type StatutoryEventType = keyof typeof EVENT_TYPE_LABELS;
export const STATUTORY_EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as [StatutoryEventType, ...StatutoryEventType[]];

/** Other types the deadlines understand (e.g. from an import), shown in these words. */
const OTHER_TYPE_LABELS: Record<string, string> = {
  ehcna_decision_made: "The council decided whether to assess",
  ehcp_issue_decision_made: "The council decided whether to make an EHC plan",
  ehcp_final_issued: "Final plan issued",
  appeal_registered: "The SEND Tribunal registered our appeal",
  reassessment_decision_made: "The council decided whether to reassess",
};

/**
 * Plain words for any event type; an unknown type is shown as it is stored.
 * Example: eventTypeLabel("ehcna_agreed") is "The council decided to assess".
 */
export function eventTypeLabel(type: string): string {
  return (EVENT_TYPE_LABELS as Record<string, string>)[type] ?? OTHER_TYPE_LABELS[type] ?? type;
}
