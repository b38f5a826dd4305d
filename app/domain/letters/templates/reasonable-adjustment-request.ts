// Asking the school for a reasonable adjustment under the Equality Act 2010: one from the case's
// register (saying when it was first asked for and what happened), or one typed in.

import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import { formatDate } from "../../presentation";

const REPLY_DAYS = 14;
const ADJUSTMENT_LIMIT = 1000;
const REASON_LIMIT = 2000;

export const reasonableAdjustmentRequest: LetterTemplate = {
  kind: "reasonable_adjustment_request",
  label: "Ask for a reasonable adjustment",
  whenToUse:
    "To ask in writing for a change, an aid or a service so your child is not at a disadvantage, or to ask again when a request had no answer.",
  audience: "school",
  reply: { kind: "days", days: REPLY_DAYS },
  options: (document) => [
    {
      kind: "choice_or_text",
      name: "adjustment",
      label:
        document.adjustments.length > 0
          ? "Which adjustment?"
          : "What adjustment are you asking for?",
      hint: document.adjustments.length > 0 ? "From your register of adjustments." : undefined,
      choices: document.adjustments.map((adjustment) => ({
        value: adjustment.id,
        label: adjustment.description,
      })),
      typedLabel:
        document.adjustments.length > 0
          ? "Or describe another adjustment"
          : "Describe the adjustment",
      typedHint:
        "For example: ear defenders in assembly, or instructions written down as well as said.",
      maxLength: ADJUSTMENT_LIMIT,
      missing: "Choose an adjustment, or describe the one you are asking for",
    },
    {
      kind: "text",
      name: "reason",
      label: "Why it would help (optional)",
      hint: "For example: my child finds the noise in assembly painful and leaves upset; ear defenders would let them stay.",
      required: false,
      maxLength: REASON_LIMIT,
      rows: 4,
    },
  ],
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const adjustment = readText(options, "adjustment") ?? "";
    const reason = readText(options, "reason");
    // The same words as a register entry: say what already happened to that request.
    const earlier = document.adjustments.find((entry) => entry.description.trim() === adjustment);
    const history = earlier?.requestedOn
      ? earlier.status === "refused"
        ? `I first asked for this on ${formatDate(earlier.requestedOn)}, and it was refused${earlier.respondedOn ? ` on ${formatDate(earlier.respondedOn)}` : ""}. I would be grateful if the school would look at it again.`
        : earlier.status === "requested" || earlier.status === "no_answer"
          ? `I first asked for this on ${formatDate(earlier.requestedOn)}, and I have not yet had an answer.`
          : null
      : null;
    return {
      subject: `Request for a reasonable adjustment for ${child.name}`,
      body: joinParagraphs([
        child.introduction,
        `I am asking the school to make the following reasonable adjustment for ${first}:\n${adjustment}`,
        history,
        reason ? `Why it would help ${first}: ${reason}` : null,
        `Without it, I believe ${first} is at a substantial disadvantage compared with pupils who do not have ${first}'s difficulties.`,
        `Under the Equality Act 2010, a school must make reasonable adjustments for disabled pupils, including changing the way things are done and providing extra aids and services (${cite("R-EQ-SCHOOL-DUTY", today)}; ${cite("R-EQ-ADJ", today)}). A school cannot refuse a reasonable aid just because a child does not have an EHC plan (${cite("R-EQ-AUX-AIDS", today)}). Many children with special educational needs are also disabled as the Act defines it (${cite("R-DEF-DISABILITY", today)}). This duty is separate from the school's duties on special educational needs.`,
        `Please could you let me know within ${REPLY_DAYS} days of the date of this letter whether the school will make this adjustment, and from when. If the school decides not to, I would be grateful to have the reasons in writing.`,
        "Thank you for your help. I look forward to hearing from you.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: ["R-EQ-SCHOOL-DUTY", "R-EQ-ADJ", "R-EQ-AUX-AIDS", "R-DEF-DISABILITY"],
    };
  },
};
