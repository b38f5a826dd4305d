// Asking the head for the written notice of a suspension or permanent exclusion (reference 4.3,
// R-DAY-EXCL-NOTICE): its length or that it is permanent, the reasons, how to make
// representations, the days the child must not be in a public place, and the education from the
// 6th school day, whose date is worked out from the records (D-EXCL-6TH, a full deadline).

import type { CaseDocument, SchoolDayRecord } from "../../case/case-document";
import { readSchoolDay } from "../../school-day/from-case";
import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import {
  describeExclusion,
  describeSixthDay,
  exclusionQuestion,
  EXCLUSION_KINDS,
  findRecordOf,
  findSixthDay,
  listRecordsOf,
} from "../school-day-facts";
import { replyDate } from "../statutory-facts";

/** Short: the notice should have come on the first day of the exclusion. */
const REPLY_DAYS = 5;
const TEXT_LIMIT = 1500;

/** The exclusion a letter is about by default: the latest with no notice recorded, else the latest. */
function defaultExclusion(document: CaseDocument): SchoolDayRecord | undefined {
  const exclusions = listRecordsOf(document, EXCLUSION_KINDS);
  return exclusions.find((record) => record.noticeReceivedOn === null) ?? exclusions[0];
}

export const exclusionNoticeRequest: LetterTemplate = {
  kind: "exclusion_notice_request",
  label: "Ask the head for the written notice of an exclusion",
  whenToUse:
    "When your child has been suspended or permanently excluded and you have not had the written notice, or it leaves out what it must say.",
  audience: "head_teacher",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    return [
      exclusionQuestion({ document, today, chosen: defaultExclusion(document) }),
      {
        kind: "text",
        name: "details",
        label: "More details (optional)",
        hint: "For example, what you were told on the phone and when, or what the letter you had left out.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const reading = readSchoolDay(document, today);
    const record = findRecordOf(document, EXCLUSION_KINDS, readText(options, "exclusionId"));
    const details = readText(options, "details");
    const sixth = record ? findSixthDay(reading, record) : undefined;
    const permanent = record?.kind === "permanent_exclusion";
    const noun = permanent ? "exclusion" : record ? "suspension" : "exclusion";
    return {
      subject: `${child.name}: the written notice of the ${noun}`,
      body: joinParagraphs([
        child.introduction,
        record
          ? describeExclusion(record, first, reading)
          : `${first} has been excluded from school.`,
        record?.noticeReceivedOn
          ? `The letter I have had does not give me all of what the written notice must say, so I am asking for it in full.`
          : `I have not had a written notice of the ${noun}.`,
        details,
        `When a head teacher suspends or permanently excludes a pupil, the parent must be told without delay how long it is for, or that it is permanent, and why. The written notice about the first five school days, and any education arranged, must reach the parent by the end of the afternoon session on the first day (${cite("R-DAY-EXCL-NOTICE", today)}).`,
        `Please send me the written notice, saying:\n${bulletList([
          permanent
            ? "that the exclusion is permanent, and from when"
            : `how long the ${noun} is, and the dates`,
          "the reasons for it",
          `how I can tell the governing board my views (make representations), and how to see and copy ${first}'s school record`,
          `the school days on which I must make sure ${first} is not in a public place during school hours without a good reason`,
          `what work will be set and marked for ${first}, and what full-time education has been arranged from the sixth school day, where and when`,
        ])}`,
        ...(sixth && record ? describeSixthDay({ sixth, record, first, today }) : []),
        `Please send the notice within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}).`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-DAY-EXCL-NOTICE", ...(sixth ? ["R-DAY-EXCL-6TH-DAY"] : [])],
    };
  },
};
