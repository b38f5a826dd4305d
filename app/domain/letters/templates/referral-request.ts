// Asking the school to refer the child to a specialist service, with the case's own reasons:
// progress that has stayed limited, and the areas of need recorded.

import { AREA_INFO } from "../../areas-of-need";
import { listTrailingLimitedCycles } from "../../health/case-helpers";
import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate, OptionChoice } from "../letter-template";

const REPLY_DAYS = 14;
const REASON_LIMIT = 2000;

/** The services a school commonly refers to; the label also reads in the letter's sentence. */
export const REFERRAL_SERVICES: readonly OptionChoice[] = [
  { value: "educational_psychologist", label: "An educational psychologist" },
  { value: "speech_and_language_therapist", label: "Speech and language therapy" },
  { value: "occupational_therapist", label: "Occupational therapy" },
  { value: "physiotherapist", label: "Physiotherapy" },
  { value: "camhs", label: "Child and adolescent mental health services (CAMHS)" },
  { value: "paediatrician", label: "A paediatrician" },
  {
    value: "specialist_teacher",
    label: "A specialist teacher (for example for autism, hearing or vision)",
  },
];

/** "An educational psychologist" → "an educational psychologist", for the middle of a sentence. */
function midSentence(phrase: string): string {
  return /^(An?|The) /.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

export const referralRequest: LetterTemplate = {
  kind: "referral_request",
  label: "Ask the school to make a referral",
  whenToUse:
    "When progress stays slow despite support, and you think a specialist, such as an educational psychologist or a therapist, should be involved.",
  audience: "school",
  reply: { kind: "days", days: REPLY_DAYS },
  options: () => [
    {
      kind: "choice_or_text",
      name: "service",
      label: "Which service?",
      choices: [...REFERRAL_SERVICES],
      typedLabel: "Or name another service",
      typedHint: "What you type here is used instead of the choice above.",
      maxLength: 200,
      missing: "Choose the service, or type its name",
    },
    {
      kind: "text",
      name: "reason",
      label: "Why you think it is needed (optional)",
      hint: "In your own words, for example what you see at home and what has not changed.",
      required: false,
      maxLength: REASON_LIMIT,
      rows: 4,
    },
  ],
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const service = midSentence(readText(options, "service") ?? "the right specialist service");
    const reason = readText(options, "reason");
    const limited = listTrailingLimitedCycles(document);
    const areas = [
      ...new Set(document.needs.map((need) => AREA_INFO[need.area].label.toLowerCase())),
    ];
    return {
      subject: `Request for a referral for ${child.name}`,
      body: joinParagraphs([
        child.introduction,
        `I am writing to ask the school to refer ${first} to ${service}, or to help arrange the referral if it has to come from someone else. I am happy to give my consent and to fill in any forms needed.`,
        limited.length === 1
          ? `At the last review, ${first}'s progress was found to be limited, despite the support in place.`
          : null,
        limited.length > 1
          ? `The last ${limited.length} reviews of ${first}'s support found that progress was limited, despite the support in place.`
          : null,
        areas.length > 0
          ? `My main concerns are about ${first}'s needs in ${areas.length === 1 ? "the area of" : "the areas of"} ${joinWithAnd(areas)}.`
          : null,
        reason,
        `The SEND Code of Practice says that where a pupil keeps making less progress than expected, even with support matched to their needs, the school should consider involving specialists such as educational psychologists, therapists or specialist teachers (${cite("R-SCH-SPECIALISTS", today)}).`,
        `Please could you let me know within ${REPLY_DAYS} days of the date of this letter whether the school will make the referral, and when. If the school does not think a referral is right for ${first} at the moment, I would be grateful to know why, and what the school will do instead.`,
        "Thank you for your help. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-SCH-SPECIALISTS"],
    };
  },
};

function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
