// A subject access request for the child's school records under the UK GDPR, with its one-month
// time limit, and, where the school is maintained, the separate right to see the educational
// record.

import { bulletList, cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";

const RECORDS_LIMIT = 2000;

export const SCHOOL_TYPES = [
  {
    value: "maintained",
    label: "Yes: a community, foundation or voluntary school run with the local council",
  },
  { value: "not_maintained", label: "No: an academy, free school or independent school" },
  { value: "not_sure", label: "I am not sure" },
] as const;

export const subjectAccessRequest: LetterTemplate = {
  kind: "subject_access_request",
  label: "Ask for your child's school records (subject access request)",
  whenToUse:
    "To get a copy of everything the school holds about your child: files, plans, records of support, emails and notes. The school must normally reply within one month.",
  audience: "school",
  reply: {
    kind: "rule",
    ruleId: "R-DP-SAR",
    periodName: "main",
    description: "one calendar month",
  },
  options: () => [
    {
      kind: "choice",
      name: "schoolType",
      label: "Is the school maintained by the local council?",
      hint: "Parents at maintained schools also have a right to see the educational record. It does not apply to academies, free schools or independent schools.",
      choices: SCHOOL_TYPES.map(({ value, label }) => ({ value, label })),
      defaultValue: "not_sure",
    },
    {
      kind: "text",
      name: "recordsWanted",
      label: "Anything in particular you want (optional)",
      hint: "For example: emails between staff about my child since September 2025, or the notes of the meeting on 3 March.",
      required: false,
      maxLength: RECORDS_LIMIT,
      rows: 3,
    },
  ],
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const schoolType = readText(options, "schoolType") ?? "not_sure";
    const recordsWanted = readText(options, "recordsWanted");
    const school = child.school ?? "the school";
    const recordRight = `parents of pupils at maintained schools may see the educational record within 15 school days of asking (${cite("R-DP-EDUCATIONAL-RECORD", today)})`;
    return {
      subject: `Subject access request: ${child.name}'s records`,
      body: joinParagraphs([
        child.introduction,
        `As ${first}'s parent, I am making a subject access request on ${first}'s behalf under Article 15 of the UK General Data Protection Regulation. Please send me a copy of all the personal data the school holds about ${first}, including:\n${bulletList(
          [
            `${first}'s pupil file and SEN records`,
            "support plans, provision maps, and records of interventions and sessions",
            "assessments, test results and progress information",
            "reports and advice from outside professionals",
            "attendance, behaviour and incident records",
            `notes of meetings about ${first}`,
            `emails, messages and notes written by staff about ${first}`,
          ],
        )}`,
        recordsWanted ? `In particular, please include:\n${recordsWanted}` : null,
        "A copy sent by email would suit me best.",
        `The law says the school must normally reply within one month of receiving this request (${cite("R-DP-SAR", today)}). If you need more time, or anything from me to confirm my identity or that I am ${first}'s parent, please tell me as soon as possible.`,
        schoolType === "maintained"
          ? `As ${school} is a maintained school, I also ask to see ${first}'s educational record: ${recordRight}.`
          : null,
        schoolType === "not_sure"
          ? `If ${school} is a maintained school, please also treat this letter as a request to see ${first}'s educational record: ${recordRight}.`
          : null,
        "Thank you for your help. I look forward to hearing from you.",
      ]),
      replyWithinDays: null,
      citations: [
        "R-DP-SAR",
        ...(schoolType === "not_maintained" ? [] : ["R-DP-EDUCATIONAL-RECORD"]),
      ],
    };
  },
};
