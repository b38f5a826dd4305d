// Guide page: asking for an EHC needs assessment, the legal test and the statutory time limits.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const EHC_NEEDS_ASSESSMENT: GuidePage = {
  slug: "ehc-needs-assessment",
  title: "EHC needs assessments",
  summary:
    "How to ask the council for an education, health and care (EHC) needs assessment, the test it must apply, and the time limits it must meet.",
  sections: [
    {
      heading: "What an assessment is",
      paragraphs: [
        "An EHC needs assessment is a close look at your child's needs, carried out by the council. At the end, the council decides whether your child needs an EHC plan. A plan is a legal document. It sets out your child's needs and the help the council must make sure they get.",
      ],
      rules: ["R-EHCP-DUTY"],
    },
    {
      heading: "Who can ask",
      paragraphs: [
        "You can ask as a parent. A young person aged 16 to 25 can ask for themselves once they are past school age. A school or college can ask too, normally with your agreement. Anyone else, such as a doctor, can tell the council about a child who may need help.",
      ],
      rules: ["R-EHCNA-WHO", "R-DEF-YP-RIGHTS"],
    },
    {
      heading: "The legal test",
      paragraphs: [
        "The council must assess if your child has or may have special educational needs (SEN), and it may be necessary for help to be given through an EHC plan. This is a low bar. Note the word “may” in both parts.",
        "You do not need:",
      ],
      bullets: [
        "a diagnosis",
        "the school to agree, or to make the request",
        "a set number of support cycles, or a wait of any length",
      ],
      rules: ["R-EHCNA-TEST", "R-EHCNA-NOT-NEEDED"],
    },
    {
      heading: "How to ask",
      paragraphs: [
        "Write to the council's SEN team. Say you are asking for an EHC needs assessment under section 36(8) of the Children and Families Act 2014. Include:",
      ],
      bullets: [
        "a short summary of your child's needs",
        "the SEN support your child has had, and what difference it made",
        "why you think a plan may be needed",
        "a list of the evidence you are sending, such as reports and school records",
      ],
      rules: ["R-EHCNA-TEST"],
    },
    {
      heading: "The time limits",
      paragraphs: [
        "The clock starts on the day the council gets your request, so keep proof of that date. The council must tell you it is looking at your request, and ask for your views. Then:",
      ],
      bullets: [
        `Within ${periodOf("R-EHCNA-DECIDE")}, the council must tell you whether it will assess.`,
        `During the assessment, it must get advice from you, the school, a health worker, an educational psychologist and social care. They must each reply within ${periodOf("R-EHCNA-ADVICE-6W")} of being asked.`,
        `Within ${periodOf("R-EHCNA-NO-PLAN")}, the council must tell you if it has decided not to make a plan, with its reasons.`,
        `If it will make a plan, it sends you a draft first. You have at least ${periodOf("R-EHCP-DRAFT-15")} to comment and to ask for a school.`,
        `Within ${periodOf("R-EHCP-FINAL-20W")}, the council must send the final plan.`,
      ],
      rules: [
        "R-EHCNA-CONSULT",
        "R-EHCNA-DECIDE",
        "R-EHCNA-ADVICE",
        "R-EHCNA-ADVICE-6W",
        "R-EHCNA-NO-PLAN",
        "R-EHCNA-DRAFT",
        "R-EHCP-DRAFT-15",
        "R-EHCP-FINAL-20W",
        "R-EHCNA-TIMELINE",
      ],
    },
    {
      heading: "Holidays and delays",
      paragraphs: [
        "School holidays do not stop the clock. The council can only go past a time limit in a few set cases, and even then it must act as soon as it can.",
        `Delays are common. In 2024, fewer than half of new plans were sent out within ${periodOf("R-EHCP-FINAL-20W")}. If the council is late, you can write to remind it of the date, and then complain.`,
      ],
      rules: ["R-DEF-SCHOOL-HOLIDAYS", "R-EHCNA-EXCEPTIONS", "S-EHCP-20W", "R-CMP-LGSCO"],
    },
    {
      heading: "If the council says no",
      paragraphs: [
        `If the council will not assess, its letter must give reasons and explain how to appeal. You can appeal to the special educational needs and disability tribunal, known as the SEND Tribunal. First you must contact a mediation adviser. The appeal must reach the tribunal within ${periodOf("R-APP-DEADLINE", "decision")} of the date the letter was sent, or ${periodOf("R-APP-DEADLINE", "certificate")} from the mediation certificate if that is later.`,
      ],
      rules: ["R-EHCNA-REFUSAL-NOTICE", "R-APP-WHAT", "R-APP-MEDIATION", "R-APP-DEADLINE"],
    },
  ],
  tools: [
    { label: "Write the request to the council", screen: "letters?kind=ehcna_request#write" },
    { label: "Follow the council's time limits", screen: "statutory" },
    { label: "Build an evidence pack to send with it", screen: "evidence-packs" },
    { label: "Chase a late decision", screen: "letters?kind=deadline_chaser#write" },
  ],
};
