// Guide page: when SEN support is not working, how to gather the evidence and what to do next.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const SUPPORT_NOT_WORKING: GuidePage = {
  slug: "support-not-working",
  title: "When support is not working",
  summary:
    "Signs that special educational needs (SEN) support is not working, how to gather the facts, and the steps you can take next.",
  sections: [
    {
      heading: "Signs to look for",
      paragraphs: [
        "You may feel that term after term goes by with little change. Common signs are:",
      ],
      bullets: [
        "little or no progress that anyone can measure",
        "the same plan, copied from term to term",
        "sessions that are often cancelled or do not happen",
        "targets too vague to check",
        "needs put down to bad behaviour or attitude",
        "more distress, or refusing to go to school",
        "reviews that are missed, or over in ten minutes",
        "a school that is slow to bring in outside experts",
      ],
    },
    {
      heading: "Find out what was promised and what happened",
      paragraphs: [
        "First, get a clear picture of the gap between the plan and what really happened. This is not about catching the school out. It is about having the facts. Ask the special educational needs co-ordinator (SENCO):",
      ],
      bullets: [
        "how many sessions were planned each week",
        "how many took place, with the session records",
        "whether each review happened on time",
        "what the targets were, and the evidence of progress on each one",
      ],
      rules: ["R-SCH-RECORDS"],
    },
    {
      heading: "Ask for records in writing",
      paragraphs: [
        "Many schools keep a provision map. It lists the help on offer, who gives it, how often, and how well it works. Ask for your child's part and compare it with their plan. If the school has none, or will not share it, make a note of that.",
        `You can also ask for a copy of the personal data the school holds about your child. The school must normally reply within ${periodOf("R-DP-SAR")}. At a maintained school, you can also ask to see your child's school record, and the school must let you within 15 school days. This right does not cover academies.`,
        "Follow up every talk with a short email that says what was agreed.",
      ],
      rules: ["R-DP-SAR", "R-DP-EDUCATIONAL-RECORD"],
    },
    {
      heading: "Ask for a proper review",
      paragraphs: [
        "If reviews are not really happening, ask in writing for a review meeting. Ask the school to bring the targets, the progress on each, the evidence for it, and what will change next. The school should review the help on the agreed date and change it with you.",
      ],
      rules: ["R-SCH-APDR-REVIEW", "R-SCH-MEET-3"],
    },
    {
      heading: "What not enough progress looks like",
      paragraphs: [
        "Progress is not only about test scores. Your child may not be making enough progress if:",
      ],
      bullets: [
        "they make less progress than others, even with a lot of help",
        "the gap between them and others keeps growing",
        "they can only cope with big changes the school cannot keep up for long",
        "they still have serious social or emotional problems despite the help",
        "they tell you school is getting harder to bear",
      ],
    },
    {
      heading: "Next steps",
      paragraphs: [
        "If progress stays slow, the school should think about asking an outside expert. You can ask for this too.",
        "You can also ask the council for an education, health and care (EHC) needs assessment yourself. You do not need the school to agree. There is no set number of support cycles you must finish first.",
        "If you are unhappy with the school, raise it with the teacher and SENCO, then the head teacher, then the school's complaints process. Your council must offer free information, advice and support, often called SENDIASS.",
      ],
      rules: ["R-SCH-SPECIALISTS", "R-EHCNA-WHO", "R-EHCNA-NOT-NEEDED", "R-CMP-SCHOOL", "R-LA-IAS"],
    },
  ],
  tools: [
    { label: "Run the health check", screen: "health" },
    { label: "Compare the help promised with the help given", screen: "audit" },
    { label: "Ask for the provision map", screen: "letters?kind=provision_map_request#write" },
    { label: "Ask for a review meeting", screen: "letters?kind=review_meeting_request#write" },
    { label: "Build an evidence pack", screen: "evidence-packs" },
  ],
};
