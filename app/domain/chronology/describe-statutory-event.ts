// Plain words for the statutory events the deadlines understand (deadline-definitions.ts), for
// the chronology. An event type not listed here is still shown, spelled out from its code.

const STATUTORY_EVENT_TITLES: Readonly<Record<string, string>> = {
  ehcna_request_received: "Request for an EHC needs assessment received by the council",
  ehcna_decision_made: "Council decided whether to assess",
  ehcna_agreed: "Council agreed to carry out an EHC needs assessment",
  ehcna_refused: "Council refused to carry out an EHC needs assessment",
  ehcp_issue_decision_made: "Council decided whether to make an EHC plan",
  ehcp_agreed: "Council agreed to make an EHC plan",
  ehcp_refused: "Council refused to make an EHC plan",
  draft_plan_issued: "Draft EHC plan issued",
  draft_plan_comments_sent: "Comments on the draft EHC plan sent",
  ehcp_final_issued: "Final EHC plan issued",
  final_plan_issued: "Final EHC plan issued",
  appeal_registered: "Appeal registered by the tribunal",
  appeal_lodged: "Appeal sent to the tribunal",
  annual_review_meeting: "Annual review meeting held",
  annual_review_report_sent: "Annual review report sent",
  annual_review_decision_issued: "Council's annual review decision issued",
  annual_review_completed: "Annual review completed",
  amendment_notice_issued: "Notice of proposed changes to the EHC plan issued",
  amendment_comments_sent: "Comments on the proposed changes sent",
  amended_plan_issued: "Amended EHC plan issued",
  amendment_withdrawn: "Proposed changes to the EHC plan withdrawn",
  phase_transfer: "Move to a new phase of education",
  phase_transfer_plan_issued: "EHC plan for the next phase issued",
  mediation_requested: "Mediation asked for",
  mediation_declined: "Mediation declined",
  mediation_held: "Mediation held",
  mediation_ended: "Mediation ended",
  mediation_certificate_issued: "Mediation certificate issued",
  plan_transfer_notified: "Council told of a move to a new area",
  plan_transfer_completed: "EHC plan transferred to the new council",
  reassessment_requested: "Reassessment asked for",
  reassessment_decision_made: "Council decided whether to reassess",
  reassessment_agreed: "Council agreed to reassess",
  reassessment_refused: "Council refused to reassess",
  subject_access_request_sent: "Subject access request sent",
  subject_access_reply_received: "Reply to the subject access request received",
  exception_claimed: "Council said an exception to the time limit applies",
};

/**
 * The title of a statutory event of type `type`.
 *
 * @example describeStatutoryEvent("draft_plan_issued") === "Draft EHC plan issued"
 * @example describeStatutoryEvent("tribunal_hearing_held") === "Tribunal hearing held"
 */
export function describeStatutoryEvent(type: string): string {
  // Own keys only: "constructor" or "valueOf" must not find Object's own properties.
  if (Object.hasOwn(STATUTORY_EVENT_TITLES, type)) return STATUTORY_EVENT_TITLES[type]!;
  const words = type
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word) => (word === "ehcna" ? "EHC needs assessment" : word === "ehcp" ? "EHC plan" : word === "la" ? "council" : word));
  const text = words.join(" ");
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "Statutory event";
}
