// The bank of questions a parent can take to a meeting about SEN support, grouped by what they
// are about. Drawn from the ideas in the parent guides, written in our own words. Each question
// has a stable id: a meeting stores the ids it picked, so never reuse or renumber an id; to retire
// a question, remove it (stored ids that no longer exist are ignored).

import type { FindingCode } from "../health/check-case";

export const QUESTION_GROUPS = ["plan", "support", "progress", "next_steps", "wellbeing"] as const;
export type QuestionGroup = (typeof QUESTION_GROUPS)[number];

export const QUESTION_GROUP_LABELS: Record<QuestionGroup, string> = {
  plan: "About the plan and targets",
  support: "About the support and who gives it",
  progress: "About progress and evidence",
  next_steps: "About next steps and what happens if it is not working",
  wellbeing: "About your child's views and wellbeing",
};

export type MeetingQuestion = {
  id: string;
  group: QuestionGroup;
  text: string;
  /** Health-check findings that make this question worth asking at this meeting. */
  raisedBy: readonly FindingCode[];
};

const q = (
  id: string,
  group: QuestionGroup,
  text: string,
  raisedBy: readonly FindingCode[] = [],
): MeetingQuestion => ({ id, group, text, raisedBy });

export const MEETING_QUESTIONS: readonly MeetingQuestion[] = [
  q(
    "plan-needs",
    "plan",
    "Which of my child's needs have you identified, and how were they assessed?",
  ),
  q("plan-copy", "plan", "Could I have a copy of the current support plan?"),
  q(
    "plan-targets-measured",
    "plan",
    "For each target, what will my child be able to do when it is met, and how will you measure it?",
    ["target_not_measurable"],
  ),
  q("plan-targets-when", "plan", "By when should each target be reached?", [
    "target_not_measurable",
  ]),
  q(
    "plan-home-views",
    "plan",
    "How have my views, and what I see at home, been included in the plan?",
  ),
  q("plan-what-changed", "plan", "What is different in this plan from the last one, and why?", [
    "plan_repeated_unchanged",
    "little_progress",
  ]),
  q(
    "plan-review-date",
    "plan",
    "When will the plan be reviewed next, and will I be invited to the review?",
    ["review_overdue", "few_reviews"],
  ),
  q(
    "plan-recommendations",
    "plan",
    "How does the plan use the advice in the professionals' reports? If a recommendation is left out, why?",
    ["recommendation_not_in_plan"],
  ),

  q(
    "support-who",
    "support",
    "Who gives each intervention, and what training do they have for it?",
    ["provision_vague"],
  ),
  q(
    "support-how-often",
    "support",
    "How often does each session happen, how long is it, and is it one-to-one or in a group?",
    ["provision_vague"],
  ),
  q("support-lessons-missed", "support", "Which lessons will my child miss to go to the sessions?"),
  q(
    "support-cover",
    "support",
    "What happens to the sessions when the person who gives them is away?",
    ["delivery_below_plan"],
  ),
  q(
    "support-session-records",
    "support",
    "Could I see the records of the sessions that have taken place this term?",
    ["delivery_below_plan"],
  ),
  q(
    "support-provision-map",
    "support",
    "Could I have a copy of the provision map entry that shows my child's support?",
    ["delivery_below_plan"],
  ),
  q(
    "support-in-class",
    "support",
    "What is changed for my child in ordinary lessons, not just in the extra sessions?",
  ),
  q(
    "support-why-chosen",
    "support",
    "Why was this intervention chosen, and what shows it works for children with needs like my child's?",
  ),
  q(
    "support-in-writing",
    "support",
    "Could you confirm in writing the support that is in place now?",
  ),

  q(
    "progress-each-target",
    "progress",
    "What progress has my child made towards each target, and what is the evidence?",
    ["little_progress"],
  ),
  q(
    "progress-assessments",
    "progress",
    "Which assessments or scores do you use to track progress, and could I see the results?",
  ),
  q(
    "progress-gap",
    "progress",
    "How does my child's progress compare with others of the same age? Is the gap getting smaller or wider?",
    ["little_progress"],
  ),
  q("progress-what-worked", "progress", "What has worked well so far, and what has not?"),
  q(
    "progress-work-samples",
    "progress",
    "Could I see some of my child's work from the start of this plan and from now?",
  ),
  q(
    "progress-between-reviews",
    "progress",
    "How often is progress checked between review meetings, and how will you tell me?",
  ),

  q(
    "next-what-changes",
    "next_steps",
    "If progress stays limited, what will change in the support, and when?",
    ["little_progress", "plan_repeated_unchanged", "delivery_below_plan"],
  ),
  q(
    "next-specialist",
    "next_steps",
    "Have you asked a specialist for advice, such as an educational psychologist or a speech and language therapist? If not, when will you?",
    ["no_specialist_involved", "little_progress"],
  ),
  q(
    "next-referrals",
    "next_steps",
    "Which outside services have been contacted, when, and how long is the wait?",
    ["no_specialist_involved"],
  ),
  q(
    "next-ehcna",
    "next_steps",
    "Do you think an EHC needs assessment should be requested? What evidence would help?",
    ["consider_ehcna", "little_progress"],
  ),
  q(
    "next-monitoring",
    "next_steps",
    "How much longer will the monitoring go on, and what will decide what happens next?",
    ["monitoring_drift"],
  ),
  q("next-who-does-what", "next_steps", "Who will do each thing we agree today, and by when?", [
    "actions_overdue",
  ]),
  q(
    "next-notes",
    "next_steps",
    "Will you send notes of this meeting, or shall I send you my summary to check?",
  ),
  q("next-contact", "next_steps", "Who should I contact between meetings, and how?"),
  // The school day (issue 22).
  q(
    "day-out-of-school",
    "next_steps",
    "When my child is sent home, suspended or excluded, will you confirm it in writing, and what education is arranged while they are out?",
    ["informal_exclusion_recorded", "exclusion_notice_missing", "no_education_from_sixth_day", "suspensions_over_cap", "education_lost_high", "health_absence_section_19"],
  ),
  q(
    "day-timetable",
    "next_steps",
    "When will the part-time timetable be reviewed with me, and what is the date for my child to be back full time?",
    ["part_time_timetable_unreviewed", "education_lost_high"],
  ),
  q(
    "day-attendance",
    "support",
    "What would help my child to come to school, and can we agree an attendance support plan before any formal action?",
    ["attendance_action_with_sen", "health_absence_section_19"],
  ),

  q(
    "wellbeing-child-views",
    "wellbeing",
    "How were my child's own views gathered, and how did they shape the plan?",
  ),
  q(
    "wellbeing-in-school",
    "wellbeing",
    "How does my child seem in school: in lessons, at break and at lunchtime?",
  ),
  q(
    "wellbeing-anxiety",
    "wellbeing",
    "What helps my child when they feel anxious or overwhelmed during the day?",
    ["restraint_not_reported"],
  ),
  q(
    "wellbeing-friends",
    "wellbeing",
    "How is my child getting on with other children? Do they have friends to be with?",
  ),
  q(
    "wellbeing-trusted-adult",
    "wellbeing",
    "Does my child have a trusted adult, or a quiet place to go, when things get too much?",
  ),
  q(
    "wellbeing-hard-times",
    "wellbeing",
    "Which times of the day are hardest for my child, and what is done to help then?",
  ),
];

const BY_ID = new Map(MEETING_QUESTIONS.map((question) => [question.id, question]));

export const MEETING_QUESTION_IDS: readonly string[] = MEETING_QUESTIONS.map(
  (question) => question.id,
);

/** A question by its id, or undefined for an id that is not (or no longer) in the bank. */
export function findMeetingQuestion(id: string): MeetingQuestion | undefined {
  return BY_ID.get(id);
}

/**
 * The bank's questions grouped in the bank's order, each group with its label.
 *
 * Example: groupQuestions(["plan-copy", "next-contact"]) gives two groups, "About the plan and
 * targets" with "plan-copy" and the next-steps group with "next-contact". Unknown ids are left out.
 */
export function groupQuestions(
  ids: readonly string[] = MEETING_QUESTION_IDS,
): Array<{ group: QuestionGroup; label: string; questions: MeetingQuestion[] }> {
  const wanted = new Set(ids);
  return QUESTION_GROUPS.map((group) => ({
    group,
    label: QUESTION_GROUP_LABELS[group],
    questions: MEETING_QUESTIONS.filter(
      (question) => question.group === group && wanted.has(question.id),
    ),
  })).filter((entry) => entry.questions.length > 0);
}

/**
 * The questions worth asking given the case's findings, in the bank's order.
 *
 * Example: a case with a "delivery_below_plan" finding is suggested "support-session-records".
 */
export function suggestQuestions(findingCodes: readonly FindingCode[]): string[] {
  const codes = new Set(findingCodes);
  return MEETING_QUESTIONS.filter((question) =>
    question.raisedBy.some((code) => codes.has(code)),
  ).map((question) => question.id);
}
