// What each statutory deadline is: the rule and time limit it comes from, the events that start
// and meet it, and what to say about it in plain English.

import { type CalendarDate } from "../calendar/calendar-date";
import { periodOf } from "../law/statements";
import { formatWeekdayDate } from "../presentation";

export const DEADLINE_KEYS = [
  "ehcna_decision",
  "ehcp_issue_decision",
  "ehcp_final",
  "appeal",
  "draft_plan_comments",
  "annual_review",
  "annual_review_papers",
  "annual_review_report",
  "annual_review_decision",
  "amendment_comments",
  "amended_plan_final",
  "phase_transfer_plan",
  "mediation_certificate",
  "mediation_held",
  "plan_transfer",
  "reassessment_decision",
  "subject_access_reply",
] as const;

export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

/** What each deadline is, in a few words, for headings. */
export const DEADLINE_LABELS: Record<DeadlineKey, string> = {
  ehcna_decision: "Decision on whether to assess",
  ehcp_issue_decision: "Decision on whether to make a plan",
  ehcp_final: "Final EHC plan",
  appeal: "Appeal to the SEND Tribunal",
  draft_plan_comments: "Your comments on the draft plan",
  annual_review: "Annual review",
  annual_review_papers: "Papers for the annual review meeting",
  annual_review_report: "Report of the annual review meeting",
  annual_review_decision: "Decision after the annual review",
  amendment_comments: "Your comments on the proposed changes",
  amended_plan_final: "Final amended plan",
  phase_transfer_plan: "Plan for the move to a new phase",
  mediation_certificate: "Mediation certificate",
  mediation_held: "Mediation meeting",
  plan_transfer: "Passing the plan to the new council",
  reassessment_decision: "Decision on a reassessment",
  subject_access_reply: "The school's reply to your records request",
};

export type DeadlineDefinition = {
  key: DeadlineKey;
  /** The catalogue rule whose time limit sets the date. */
  ruleId: string;
  /** Which of the rule's periods applies (most rules have one, called "main"). */
  periodName: string;
  /** Further rules the deadline rests on. */
  relatedRules: readonly string[];
  /** Rules behind what the parent can do if it is missed. */
  ifMissedRules: readonly string[];
  /** Event types that show the deadline was met. */
  metBy: readonly string[];
  /** Event types that end the deadline because the process stopped (e.g. a refusal to assess). */
  endedBy: readonly string[];
  explain: (context: { due: CalendarDate; period: string }) => string;
  ifMissed: string;
};

const by = (due: CalendarDate) => formatWeekdayDate(due);

const DEFINITIONS: readonly DeadlineDefinition[] = [
  {
    key: "ehcna_decision",
    ruleId: "R-EHCNA-DECIDE",
    periodName: "main",
    relatedRules: ["R-DEF-SCHOOL-HOLIDAYS", "R-EHCNA-EXCEPTIONS"],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["ehcna_decision_made", "ehcna_agreed", "ehcna_refused"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The council must tell you whether it will carry out an EHC needs assessment within ${period} of receiving the request: by ${by(due)}. School holidays do not pause this.`,
    ifMissed:
      "Write to the council, say the time limit in regulation 5 of the SEND Regulations 2014 has passed, and ask for a decision by a set date. If that does not work, you can complain to the council and then to the Local Government and Social Care Ombudsman. A missing decision cannot be appealed, so keep asking for a decision letter.",
  },
  {
    key: "ehcp_issue_decision",
    ruleId: "R-EHCNA-NO-PLAN",
    periodName: "main",
    relatedRules: ["R-EHCNA-EXCEPTIONS"],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["ehcp_issue_decision_made", "ehcp_agreed", "ehcp_refused", "draft_plan_issued"],
    endedBy: ["ehcna_refused"],
    explain: ({ due, period }) =>
      `After assessing, the council must tell you whether it will make an EHC plan within ${period} of receiving the request: by ${by(due)}. If it decides not to, it must give reasons and explain how to appeal.`,
    ifMissed:
      "Write to the council asking for its decision and say that the time limit in regulation 10 has passed. You can complain to the council and then to the Ombudsman. If the council later refuses to make a plan, you can appeal.",
  },
  {
    key: "ehcp_final",
    ruleId: "R-EHCP-FINAL-20W",
    periodName: "main",
    relatedRules: ["R-EHCNA-TIMELINE", "R-EHCNA-EXCEPTIONS"],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["ehcp_final_issued", "final_plan_issued"],
    endedBy: ["ehcna_refused", "ehcp_refused"],
    explain: ({ due, period }) =>
      `The final EHC plan must be sent within ${period} of the council receiving the request: by ${by(due)}.`,
    ifMissed:
      `Write to the council saying the time limit of ${periodOf("R-EHCP-FINAL-20W")} in regulation 13 has passed and ask when the final plan will come. You can complain to the council, then to the Ombudsman. A solicitor can send a letter before a judicial review claim.`,
  },
  {
    key: "appeal",
    ruleId: "R-APP-DEADLINE",
    periodName: "decision",
    relatedRules: ["R-APP-WHAT", "R-APP-MEDIATION"],
    ifMissedRules: ["R-APP-NO-CERT"],
    metBy: ["appeal_registered", "appeal_lodged"],
    endedBy: [],
    explain: ({ due }) =>
      `If you want to appeal to the SEND Tribunal, the appeal must reach it by ${by(due)}. That is ${periodOf("R-APP-DEADLINE", "decision")} from the date of the decision letter, or ${periodOf("R-APP-DEADLINE", "certificate")} from the date a mediation certificate was issued, whichever is later. You need to contact a mediation adviser first, unless the appeal is only about the school named.`,
    ifMissed:
      "You can still send the appeal and ask the tribunal to accept it late, explaining why it is late. The tribunal decides whether to allow it.",
  },
  {
    key: "draft_plan_comments",
    ruleId: "R-EHCP-DRAFT-15",
    periodName: "main",
    relatedRules: ["R-EHCP-SCHOOL-REQUEST"],
    ifMissedRules: [],
    metBy: ["draft_plan_comments_sent"],
    endedBy: [],
    explain: ({ due, period }) =>
      `You have ${period}, counting the day the draft plan arrived as day 1, to send your comments, ask for a school and ask for a meeting: by ${by(due)}. This is your deadline, not the council's.`,
    ifMissed:
      "Send your comments anyway as soon as you can and ask the council to consider them before it finalises the plan.",
  },
  {
    key: "annual_review",
    ruleId: "R-AR-12M",
    periodName: "main",
    relatedRules: ["R-AR-MEETING", "R-AR-NOTICE"],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["annual_review_decision_issued", "annual_review_completed"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The council must review the EHC plan within ${period} of the plan being made or last reviewed: by ${by(due)}. You should be told of the meeting, and get the papers, at least ${periodOf("R-AR-NOTICE", "notice")} it.`,
    ifMissed:
      "Ask the school and the council in writing to hold the review straight away. You can complain to the council, then to the Ombudsman.",
  },
  {
    key: "annual_review_papers",
    ruleId: "R-AR-NOTICE",
    periodName: "papers",
    relatedRules: ["R-AR-MEETING"],
    ifMissedRules: [],
    metBy: ["annual_review_papers_received"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The advice and reports for the review meeting must be sent to you at least ${period} the meeting: by ${by(due)}. You must also be told of the meeting at least ${periodOf("R-AR-NOTICE", "notice")} it.`,
    ifMissed:
      "Ask the school (or the council) in writing for the papers straight away. If they come too late to read, you can ask for the meeting to be moved.",
  },
  {
    key: "annual_review_report",
    ruleId: "R-AR-REPORT",
    periodName: "main",
    relatedRules: ["R-AR-MEETING"],
    ifMissedRules: [],
    metBy: ["annual_review_report_sent"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The report of the review meeting, with any changes recommended and any disagreements, must be sent within ${period} of the meeting: by ${by(due)}.`,
    ifMissed: "Ask the school (or the council, if your child is not at school) for the report in writing, giving the date it was due.",
  },
  {
    key: "annual_review_decision",
    ruleId: "R-AR-DECISION",
    periodName: "main",
    relatedRules: [],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["annual_review_decision_issued", "amendment_notice_issued"],
    endedBy: [],
    explain: ({ due, period }) =>
      `Within ${period} of the review meeting the council must tell you whether it will keep the plan as it is, change it or end it: by ${by(due)}. If it will change it, the letter should set out the proposed changes.`,
    ifMissed:
      `Write to the council saying the time limit of ${periodOf("R-AR-DECISION")} in regulation 20(10) has passed and ask for its decision. You can complain to the council, then to the Ombudsman.`,
  },
  {
    key: "amendment_comments",
    ruleId: "R-AR-AMEND-15",
    periodName: "main",
    relatedRules: ["R-EHCP-SCHOOL-REQUEST"],
    ifMissedRules: [],
    metBy: ["amendment_comments_sent"],
    endedBy: [],
    explain: ({ due, period }) =>
      `You have ${period}, counting the day the proposed changes arrived as day 1, to comment, ask for a school and ask for a meeting: by ${by(due)}.`,
    ifMissed: "Send your comments anyway as soon as you can and ask the council to consider them before it issues the amended plan.",
  },
  {
    key: "amended_plan_final",
    ruleId: "R-AR-AMEND-8W",
    periodName: "main",
    relatedRules: [],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["amended_plan_issued", "amendment_withdrawn"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The final amended plan, or a letter saying the council will not amend it after all, must be sent within ${period} of the proposed changes: by ${by(due)}. Your right to appeal runs from the final amended plan.`,
    ifMissed: `Write to the council saying the time limit of ${periodOf("R-AR-AMEND-8W")} in regulation 22 has passed. You can complain to the council, then to the Ombudsman.`,
  },
  {
    key: "phase_transfer_plan",
    ruleId: "R-AR-PHASE",
    periodName: "school",
    relatedRules: [],
    ifMissedRules: ["R-CMP-LGSCO", "R-CMP-JR"],
    metBy: ["phase_transfer_plan_issued"],
    endedBy: [],
    explain: ({ due }) =>
      `Because your child is moving to a new phase of education, the plan must be reviewed and, if needed, changed to name the new school or college by ${by(due)}.`,
    ifMissed:
      "Write to the council straight away, say the date in regulation 18 has passed and ask when the amended plan will be issued. You can complain, and once the plan is issued you can appeal the school or college named.",
  },
  {
    key: "mediation_certificate",
    ruleId: "R-APP-MEDIATION-TIMES",
    periodName: "certificate",
    relatedRules: ["R-APP-MEDIATION"],
    ifMissedRules: ["R-APP-NO-CERT"],
    metBy: ["mediation_certificate_issued"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The mediation adviser must issue the certificate within ${period}: by ${by(due)}. Weekends and bank holidays are not counted.`,
    ifMissed: "Chase the mediation service, and keep an eye on the appeal deadline: the tribunal can accept an appeal without a certificate if you explain why.",
  },
  {
    key: "mediation_held",
    ruleId: "R-APP-MEDIATION-TIMES",
    periodName: "mediation",
    relatedRules: ["R-APP-MEDIATION"],
    ifMissedRules: [],
    metBy: ["mediation_held", "mediation_ended"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The council must arrange mediation within ${period} of being told you want it: by ${by(due)}.`,
    ifMissed: "Ask the mediation adviser for a certificate so you can go ahead with an appeal.",
  },
  {
    key: "plan_transfer",
    ruleId: "R-EHCP-TRANSFER",
    periodName: "transfer",
    relatedRules: ["R-DEF-DAYS"],
    ifMissedRules: ["R-CMP-LGSCO"],
    metBy: ["plan_transfer_completed"],
    endedBy: [],
    explain: ({ due, period }) =>
      `After you move, the old council must pass the plan to the new council within ${period}, counting the day it found out as day 1: by ${by(due)}. Weekends and bank holidays are not counted.`,
    ifMissed: "Contact both councils in writing. The new council must keep the plan in place once it has it.",
  },
  {
    key: "reassessment_decision",
    ruleId: "R-AR-REASSESS",
    periodName: "main",
    relatedRules: [],
    ifMissedRules: ["R-CMP-LGSCO"],
    metBy: ["reassessment_decision_made", "reassessment_refused", "reassessment_agreed"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The council must tell you whether it will reassess within ${period} of receiving the request: by ${by(due)}. If it refuses, you can appeal.`,
    ifMissed:
      "Write to the council asking for its decision and say that the time limit in regulation 25(1) of the SEND Regulations 2014 has passed. You can complain to the council, then to the Ombudsman.",
  },
  {
    key: "subject_access_reply",
    ruleId: "R-DP-SAR",
    periodName: "main",
    relatedRules: [],
    ifMissedRules: [],
    metBy: ["subject_access_reply_received"],
    endedBy: [],
    explain: ({ due, period }) =>
      `The school should send the records you asked for within ${period} of your request: by ${by(due)}. It can take up to two months more for a complex request if it tells you why.`,
    ifMissed: "Remind the school in writing. If it still does not reply, you can complain to the Information Commissioner's Office.",
  },
];

export const DEADLINE_DEFINITIONS: Readonly<Record<DeadlineKey, DeadlineDefinition>> = Object.fromEntries(
  DEFINITIONS.map((definition) => [definition.key, definition]),
) as Record<DeadlineKey, DeadlineDefinition>;

/** Event types that start deadlines, and which ones. */
export const STARTED_BY: Readonly<Record<string, readonly DeadlineKey[]>> = {
  ehcna_request_received: ["ehcna_decision", "ehcp_issue_decision", "ehcp_final"],
  ehcna_refused: ["appeal"],
  ehcp_refused: ["appeal"],
  reassessment_refused: ["appeal"],
  amendment_withdrawn: ["appeal"],
  plan_ceased: ["appeal"],
  final_plan_issued: ["appeal", "annual_review"],
  ehcp_final_issued: ["appeal", "annual_review"],
  amended_plan_issued: ["appeal"],
  draft_plan_issued: ["draft_plan_comments"],
  annual_review_meeting: ["annual_review_papers", "annual_review_report", "annual_review_decision"],
  annual_review_decision_issued: ["annual_review", "appeal"],
  annual_review_completed: ["annual_review"],
  amendment_notice_issued: ["amendment_comments", "amended_plan_final"],
  phase_transfer: ["phase_transfer_plan"],
  mediation_declined: ["mediation_certificate"],
  mediation_ended: ["mediation_certificate"],
  mediation_requested: ["mediation_held"],
  plan_transfer_notified: ["plan_transfer"],
  reassessment_requested: ["reassessment_decision"],
  subject_access_request_sent: ["subject_access_reply"],
};

/** A certificate moves the appeal deadline; it can also start one when no decision is recorded. */
export const MEDIATION_CERTIFICATE = "mediation_certificate_issued";

/** The council says an exception lets it miss a limit; the date is shown unchanged, with a note. */
export const EXCEPTION_CLAIMED = "exception_claimed";

/**
 * The only time limits an exception can excuse, each with the regulation that lists the
 * exceptions: the council's 6, 16 and 20 weeks (R-EHCNA-EXCEPTIONS). Never the family's own
 * deadlines (an appeal, comments on a draft) and never the council's other limits.
 */
export const EXCEPTION_REGULATIONS: Readonly<Partial<Record<DeadlineKey, string>>> = {
  ehcna_decision: "regulation 5(4)",
  ehcp_issue_decision: "regulation 10(4)",
  ehcp_final: "regulation 13(3)",
};

/** Every event type the deadlines understand. */
export const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set([
  ...Object.keys(STARTED_BY),
  ...DEFINITIONS.flatMap((definition) => [...definition.metBy, ...definition.endedBy]),
  MEDIATION_CERTIFICATE,
  EXCEPTION_CLAIMED,
]);
