// Asking the council to arrange suitable full-time education under section 19 of the Education Act
// 1996 for a child who is out of school (reference 4.3; R-DAY-S19, and R-DAY-HEALTH-15 when the
// cause is health), with the education lost this school year from the records. The guidance's
// number of days is not stated: it is not yet checked, and the duty applies however long the
// absence is.

import type { CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument } from "../../case/case-document";
import { formatDate } from "../../presentation";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";
import {
  ESTIMATE_NOTE,
  estimateHint,
  findEducationLostThisYear,
  listEducationLost,
} from "../school-day-facts";
import { replyDate } from "../statutory-facts";

const REPLY_DAYS = 10;
const TEXT_LIMIT = 2000;

const CAUSES: readonly OptionChoice[] = [
  { value: "health", label: "Health: my child is too ill, or too anxious, to go to school" },
  { value: "exclusion", label: "Exclusion: my child has been excluded or sent home" },
  {
    value: "other",
    label: "Another reason: for example, no school place or a part-time timetable",
  },
];

/** The likeliest cause from this school year's records: health absence first, then exclusion. */
function likelyCause(document: CaseDocument, today: CalendarDate): string {
  const { lost } = findEducationLostThisYear(document, today);
  if (lost && lost.byCategory.health.sessions > 0) return "health";
  if (lost && lost.byCategory.formal.sessions + lost.byCategory.informal.sessions > 0)
    return "exclusion";
  return "other";
}

export const section19Request: LetterTemplate = {
  kind: "section_19_request",
  label: "Ask the council to arrange education while your child is out of school",
  whenToUse:
    "When your child is missing school because of illness, exclusion or another reason, and needs the council to arrange education for them.",
  audience: "local_authority",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    const { lost, isEstimate } = findEducationLostThisYear(document, today);
    return [
      {
        kind: "choice",
        name: "cause",
        label: "Why is your child out of school?",
        hint: `Write to the council's named officer for children with health needs, or its children missing education team.${estimateHint(lost !== null && isEstimate)}`,
        choices: [...CAUSES],
        defaultValue: likelyCause(document, today),
      },
      {
        kind: "text",
        name: "details",
        label: "More details (optional)",
        hint: "For example, what the doctor or the school has said, and how long this has gone on.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 4,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const cause = readText(options, "cause");
    const details = readText(options, "details");
    const { lost, isEstimate, yearStart } = findEducationLostThisYear(document, today);
    const isHealth = cause === "health";
    const opening =
      cause === "health"
        ? `${first} cannot go to school full-time because of a health need, and is not getting a suitable education.`
        : cause === "exclusion"
          ? `${first} has been out of school because of exclusion, and is not getting a suitable full-time education.`
          : `${first} is not getting a suitable full-time education at the moment.`;
    return {
      subject: `${child.name}: request for education under section 19`,
      body: joinParagraphs([
        child.introduction,
        opening,
        lost
          ? `My records show that so far this school year (since ${formatDate(yearStart)}) ${first} has missed:\n${bulletList(listEducationLost(lost))}`
          : null,
        lost && isEstimate ? ESTIMATE_NOTE : null,
        details,
        `The council must arrange suitable education for a child of school age who, because of illness, exclusion or any other reason, would not otherwise get it. Suitable means right for the child's age, ability and any special educational needs, and it should be full-time unless part-time is better for the child, for example because of their health. The duty applies to children on a school's roll too (${cite("R-DAY-S19", today)}).`,
        isHealth
          ? `The Government's guidance says the council should arrange education as soon as it is clear that a child will miss a lot of school because of their health, whether the days are in a row or added up over the year. It should have a named officer for these children, and should not ask for medical evidence it does not need (${cite("R-DAY-HEALTH-15", today)}).`
          : null,
        `Please:\n${bulletList([
          `arrange suitable full-time education for ${first}${isHealth ? ", or as much as their health allows" : ""}, as soon as possible`,
          isHealth
            ? "tell me the name of the council's officer for children who cannot go to school because of their health"
            : "tell me who at the council is responsible for this",
          "tell me in writing what education will be provided, where, and from when",
        ])}`,
        `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-DAY-S19", ...(isHealth ? ["R-DAY-HEALTH-15"] : [])],
    };
  },
};
