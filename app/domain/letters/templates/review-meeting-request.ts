// Asking for a formal review meeting of the SEN support plan, with the things to discuss drawn
// from the health check of the case (the parent can change them).

import { compareDates } from "../../calendar/calendar-date";
import { checkCase, type FindingCode } from "../../health/check-case";
import { findCurrentCycle } from "../../health/case-helpers";
import { bulletList, cite, describeChild, joinParagraphs, readList, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import { formatDate } from "../../presentation";

/** Ten days: time to find dates, but a review that is due should not wait much longer. */
const REPLY_DAYS = 10;
const TEXT_LIMIT = 1000;

/** The subjects a parent may want to raise, each with the health-check findings that suggest it. */
const TOPICS: ReadonlyArray<OptionChoice & { codes: readonly FindingCode[] }> = [
  {
    value: "progress",
    label: "What will change, as progress has been limited",
    codes: ["little_progress", "plan_repeated_unchanged"],
  },
  {
    value: "targets",
    label: "Making the targets specific and measurable, with a date",
    codes: ["target_not_measurable"],
  },
  {
    value: "wording",
    label: "Writing down exactly what support is given, by whom, how often and for how long",
    codes: ["provision_vague"],
  },
  {
    value: "sessions",
    label: "Sessions that have not taken place as planned",
    codes: ["delivery_below_plan"],
  },
  {
    value: "recommendations",
    label: "Adding the recommendations from professionals' reports to the plan",
    codes: ["recommendation_not_in_plan"],
  },
  {
    value: "specialist",
    label: "Whether to involve a specialist, such as an educational psychologist",
    codes: ["no_specialist_involved"],
  },
  {
    value: "actions",
    label: "Actions agreed at an earlier meeting that are not yet done",
    codes: ["actions_overdue"],
  },
  {
    value: "monitoring",
    label: "Moving from monitoring to a plan with clear support",
    codes: ["monitoring_drift"],
  },
  { value: "meetings", label: "How often we meet to review the plan", codes: ["few_reviews"] },
  // Never ticked for the parent: whether to raise an assessment with the school is their call.
  {
    value: "ehcna",
    label: "Whether to ask the local authority for an EHC needs assessment",
    codes: [],
  },
];

export const reviewMeetingRequest: LetterTemplate = {
  kind: "review_meeting_request",
  label: "Ask for a review meeting",
  whenToUse:
    "When the review date has passed, the support is not working, or you want to talk about changing the plan.",
  audience: "school",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const found = new Set(checkCase(document, today).findings.map((finding) => finding.code));
    return [
      {
        kind: "checkboxes",
        name: "topics",
        label: "What would you like to discuss?",
        hint: "We have ticked what your records suggest. Change anything you like.",
        choices: TOPICS.map(({ value, label }) => ({ value, label })),
        defaultValue: TOPICS.filter((topic) => topic.codes.some((code) => found.has(code))).map(
          (topic) => topic.value,
        ),
        required: false,
      },
      {
        kind: "text",
        name: "otherTopics",
        label: "Anything else to discuss (optional)",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
      {
        kind: "text",
        name: "availability",
        label: "When you can meet (optional)",
        hint: "For example: any weekday after 2.30pm, or Tuesday and Thursday mornings.",
        required: false,
        maxLength: 200,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const cycle = findCurrentCycle(document, today);
    const chosen = new Set(readList(options, "topics"));
    const topics = [
      ...TOPICS.filter((topic) => chosen.has(topic.value)).map((topic) => topic.label),
      ...(readText(options, "otherTopics") ?? "").split("\n"),
    ]
      .map((topic) => topic.replace(/^[\s•*-]+/, "").trim())
      .filter(Boolean);
    const availability = readText(options, "availability");
    const isReviewOverdue =
      cycle?.reviewDate && !cycle.review && compareDates(cycle.reviewDate, today) < 0;
    return {
      subject: `Request for a review meeting about ${child.name}'s support`,
      body: joinParagraphs([
        child.introduction,
        `I would like to ask for a meeting to review ${first}'s SEN support plan${cycle ? ` (the plan that started on ${formatDate(cycle.startDate)})` : ""}: how well the support is working, the progress ${first} is making, and what should happen next.`,
        isReviewOverdue
          ? `The review date agreed for the plan was ${formatDate(cycle.reviewDate as string)}, and no review has taken place yet.`
          : null,
        topics.length > 0 ? `In particular, I would like to discuss:\n${bulletList(topics)}` : null,
        "Before the meeting, it would help me to have a copy of the current plan, the provision map or record of sessions, and any assessments or progress information the school holds.",
        `The SEND Code of Practice says support should be reviewed on the agreed date, with parents, and changed where it is not working (${cite("R-SCH-APDR-REVIEW", today)}). It also says schools should meet parents at least three times a year to set outcomes and review progress (${cite("R-SCH-MEET-3", today)}).`,
        availability
          ? `I am usually able to meet ${availability.replace(/[.\s]+$/, "")}. Please could you reply within ${REPLY_DAYS} days of the date of this letter with a date and time that suits the school.`
          : `Please could you reply within ${REPLY_DAYS} days of the date of this letter, suggesting two or three dates and times.`,
        "Thank you. I look forward to meeting you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-SCH-APDR-REVIEW", "R-SCH-MEET-3"],
    };
  },
};
