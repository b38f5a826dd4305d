// Asking the school for the provision map: the written record of the extra support the child
// gets, so the parent can compare it with what the plan says and what happens.

import { bulletList, cite, describeChild, joinParagraphs, listCurrentSupport } from "../case-facts";
import type { LetterTemplate } from "../letter-template";

/** Two weeks: long enough to find and copy a record the school should already keep. */
const REPLY_DAYS = 14;

export const provisionMapRequest: LetterTemplate = {
  kind: "provision_map_request",
  label: "Ask for the provision map",
  whenToUse:
    "To get, in writing, the support the school says it gives your child, so you can compare it with the plan and with what happens.",
  audience: "school",
  reply: { kind: "days", days: REPLY_DAYS },
  options: () => [],
  build(document, _options, today) {
    const child = describeChild(document);
    const { lines } = listCurrentSupport(document, today);
    const first = child.firstName;
    return {
      subject: `Request for ${child.name}'s provision map`,
      body: joinParagraphs([
        child.introduction,
        `Please could you send me a copy of ${first}'s current provision map, or whatever record the school uses to set out the extra support ${first} receives. For each kind of support, I would like to see what it is, who gives it, how often and for how long, the size of the group, and when it started.`,
        lines.length > 0
          ? `As I understand it, ${first}'s current plan includes:\n${bulletList(lines)}\nSeeing the provision map will help me check that my understanding matches the school's.`
          : `I do not yet have a written record of the support ${first} receives, so this would help me a great deal.`,
        `The SEND Code of Practice says schools should keep records of the support they give and the difference it makes, and share them with parents (${cite("R-SCH-RECORDS", today)}). It also says support should be agreed with parents, with a clear date to review it (${cite("R-SCH-APDR-PLAN", today)}).`,
        `I would be grateful to receive this within ${REPLY_DAYS} days of the date of this letter. A copy by email is fine.`,
        "Thank you for your help. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-SCH-RECORDS", "R-SCH-APDR-PLAN"],
    };
  },
};
