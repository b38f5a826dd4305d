// Telling the head that the child has been sent home without a formal exclusion (reference 4.3):
// the times recorded, with the sessions lost and what the school said; that this is unlawful
// (R-DAY-EXCL-INFORMAL); and asking for it to stop, for the register to be checked and for SEN
// support and reasonable adjustments instead.

import { formatDate, formatList } from "../../presentation";
import { readSchoolDay, sessionsOf } from "../../school-day/from-case";
import { describeSessionCount } from "../../school-day/describe-record";
import { bulletList, cite, describeChild, joinParagraphs, readList, readText } from "../case-facts";
import type { LetterOptionField, LetterTemplate, OptionChoice } from "../letter-template";
import {
  describeInformalExclusion,
  estimateHint,
  describeRecordChoice,
  ESTIMATE_NOTE,
  listRecordsOf,
} from "../school-day-facts";
import { replyDate } from "../statutory-facts";

const REPLY_DAYS = 14;
const TEXT_LIMIT = 2000;
const KINDS = ["informal_exclusion"] as const;

/** Who else may have a copy: the reference names the chair of governors and the council's exclusions officer. */
const COPIES: readonly OptionChoice[] = [
  { value: "chair", label: "The chair of governors" },
  { value: "council", label: "The council's exclusions officer" },
];

export const informalExclusionConcern: LetterTemplate = {
  kind: "informal_exclusion_concern",
  label: "Tell the head your child was sent home without a formal exclusion",
  whenToUse:
    "When the school asks you to collect your child early, sends them home to calm down or asks you to keep them at home, without a formal exclusion.",
  audience: "head_teacher",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today): LetterOptionField[] {
    const reading = readSchoolDay(document, today);
    const records = listRecordsOf(document, KINDS);
    const times: LetterOptionField[] =
      records.length > 0
        ? [
            {
              kind: "checkboxes",
              name: "recordIds",
              label: "Which times should the letter list?",
              hint: `From your school-day records. Every time is ticked; untick any you want to leave out.${estimateHint(reading.isEstimatedCalendar)}`,
              choices: records.map((record) => ({
                value: record.id,
                label: describeRecordChoice(record, reading),
              })),
              defaultValue: records.map((record) => record.id),
              required: true,
              missing: "Tick at least one time your child was sent home",
            },
          ]
        : [];
    return [
      ...times,
      {
        kind: "text",
        name: "details",
        label: records.length > 0 ? "Anything else to say (optional)" : "What happened, and when",
        hint:
          records.length > 0
            ? "For example, what you were told on the phone, or a time you have not recorded yet."
            : "For example: the school phoned me at 12:30 on 3 March and asked me to collect my child. Recording each time on the School day page adds it to the education lost.",
        required: records.length === 0,
        missing: "Write what happened and when",
        maxLength: TEXT_LIMIT,
        rows: 4,
      },
      {
        kind: "checkboxes",
        name: "copies",
        label: "Send a copy to (optional)",
        hint: "The letter will say who has a copy. Send it to them yourself.",
        choices: [...COPIES],
        defaultValue: [],
        required: false,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const reading = readSchoolDay(document, today);
    const chosen = new Set(readList(options, "recordIds"));
    const records = listRecordsOf(document, KINDS)
      .filter((record) => chosen.has(record.id))
      .reverse();
    const details = readText(options, "details");
    const copies = readList(options, "copies")
      .map((value) => COPIES.find((copy) => copy.value === value)?.label.replace(/^The/, "the"))
      .filter((label): label is string => label !== undefined);
    const sessions = records.reduce((sum, record) => sum + sessionsOf(record, reading.calendar), 0);
    // Only a record that runs over several days is counted on the calendar; one day is two sessions anywhere.
    const isEstimate =
      reading.isEstimatedCalendar &&
      records.some(
        (record) =>
          record.sessions === null && record.endDate !== null && record.endDate !== record.date,
      );
    return {
      subject: `${child.name}: sent home from school without a formal exclusion`,
      body: joinParagraphs([
        child.introduction,
        records.length > 0
          ? `${first} has been sent home from school, or I have been asked to keep ${first} at home, without a formal exclusion. These are the times I have recorded:\n${bulletList(records.map((record) => describeInformalExclusion(record, reading)))}`
          : `${first} has been sent home from school, or I have been asked to keep ${first} at home, without a formal exclusion.`,
        details,
        records.length > 0
          ? `In all, ${first} has missed ${describeSessionCount(sessions)} of school in this way${records.length > 1 ? `, between ${formatDate(records[0]!.date)} and ${formatDate(records.at(-1)!.date)}` : ""}.`
          : null,
        isEstimate ? ESTIMATE_NOTE : null,
        `The Department for Education's guidance says a school must not send a pupil home to calm down, ask a parent to collect them early or ask that they stay at home unless it is a formal exclusion, even if the parent agrees. Any exclusion, however short, must be formally recorded and the parent told. A parent should not be asked to keep a child at home because the school cannot meet their needs (${cite("R-DAY-EXCL-INFORMAL", today)}).`,
        `I am asking the school to:\n${bulletList([
          `stop sending ${first} home, or asking me to keep ${first} at home, without a formal exclusion`,
          `let ${first} stay in school for the whole school day; if the head teacher ever decides to exclude ${first}, to do it formally, with the written notice that must come with it`,
          `check how the register recorded these days and correct any marked as unauthorised absence, as it was the school that sent ${first} home`,
          `meet me to agree the support and reasonable adjustments ${first} needs to manage the school day`,
        ])}`,
        `A school must use its best endeavours to make sure a pupil with special educational needs gets the support those needs call for (${cite("R-SCH-BEST-ENDEAVOURS", today)}). Where a disabled pupil would be at a real disadvantage, the duty to make reasonable adjustments means changing the way things are done and providing extra aids or services (${cite("R-EQ-ADJ", today)}). Sending ${first} home does not take the place of that support.`,
        copies.length > 0 ? `I am sending a copy of this letter to ${formatList(copies)}.` : null,
        `Please reply within ${REPLY_DAYS} days of the date of this letter (by ${replyDate(today, REPLY_DAYS)}), telling me what the school will do.`,
        "Thank you. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-DAY-EXCL-INFORMAL", "R-SCH-BEST-ENDEAVOURS", "R-EQ-ADJ"],
    };
  },
};
