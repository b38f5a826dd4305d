// Asking the school to confirm in writing the support the child has now, so what was said in a
// conversation or a meeting becomes a record both sides can check.

import {
  bulletList,
  cite,
  describeChild,
  joinParagraphs,
  listCurrentSupport,
  readText,
} from "../case-facts";
import type { LetterTemplate } from "../letter-template";

const REPLY_DAYS = 14;
const WHAT_WAS_SAID_LIMIT = 2000;

export const supportConfirmationRequest: LetterTemplate = {
  kind: "support_confirmation_request",
  label: "Ask for written confirmation of the support",
  whenToUse:
    "After a conversation or a meeting, or when the plan's wording is vague: to have in writing exactly what support your child gets now.",
  audience: "school",
  reply: { kind: "days", days: REPLY_DAYS },
  options: () => [
    {
      kind: "text",
      name: "whatWasSaid",
      label: "Anything you were told that you want confirmed (optional)",
      hint: "For example: At our meeting on 3 March you said my child would have speech and language sessions twice a week after half-term.",
      required: false,
      maxLength: WHAT_WAS_SAID_LIMIT,
      rows: 4,
    },
  ],
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const { lines } = listCurrentSupport(document, today);
    const whatWasSaid = readText(options, "whatWasSaid");
    return {
      subject: `Written confirmation of ${child.name}'s support`,
      body: joinParagraphs([
        child.introduction,
        `Please could you confirm in writing the special educational provision ${first} is receiving at the moment. For each kind of support, please tell me exactly what it is, who gives it, how often and for how long, and when it will next be reviewed.`,
        lines.length > 0
          ? `My understanding is that ${first}'s current plan includes:\n${bulletList(lines)}\nPlease tell me if any of this is wrong, has changed or has stopped.`
          : `I do not have a written copy of ${first}'s current plan, so I would also be grateful for a copy of it.`,
        whatWasSaid
          ? `I would also be grateful if you could confirm the following:\n${whatWasSaid}`
          : null,
        `When a school makes special educational provision for a pupil who does not have an EHC plan, it must tell the parent (${cite("R-SCH-INFORM-PARENTS", today)}). The SEND Code of Practice also says the support should be agreed with parents, together with the difference it should make and when it will be reviewed (${cite("R-SCH-APDR-PLAN", today)}).`,
        `I would be grateful for your reply within ${REPLY_DAYS} days of the date of this letter.`,
        "Thank you for your help. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-SCH-INFORM-PARENTS", "R-SCH-APDR-PLAN"],
    };
  },
};
