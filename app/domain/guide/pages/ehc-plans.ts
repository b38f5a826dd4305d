// Guide page: what an EHC plan contains, with Sections B, E and F, and what specific help looks like.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const EHC_PLANS: GuidePage = {
  slug: "ehc-plans",
  title: "EHC plans",
  summary:
    "What goes in an education, health and care (EHC) plan, why Sections B, E and F matter most, and how to tell clear help from vague words.",
  sections: [
    {
      heading: "What a plan is",
      paragraphs: [
        "An EHC plan is a legal document from the council. It sets out your child's special educational needs (SEN) and the help they must get. Once the plan is final, the council must make sure the help in Section F is given. This is a firm duty. A lack of money is no excuse. The health service must arrange the health help in Section G.",
      ],
      rules: ["R-EHCP-DUTY"],
    },
    {
      heading: "The sections",
      paragraphs: ["Every plan has the same lettered sections:"],
      bullets: [
        "A: your child's views, interests and hopes, and yours",
        "B: your child's special educational needs",
        "C: health needs linked to SEN",
        "D: social care needs",
        "E: outcomes, the difference the help should make",
        "F: the special educational help",
        "G: health help",
        "H1 and H2: social care help",
        "I: the school or college. The draft plan leaves this blank.",
        "J: any personal budget",
        "K: the advice and reports gathered in the assessment",
      ],
      rules: ["R-EHCP-SECTIONS", "R-EHCP-SOCIAL-CARE", "R-EHCNA-DRAFT"],
    },
    {
      heading: "Section B: needs",
      paragraphs: [
        "Section B should describe all of your child's needs, in every area. Check it against the reports. If a need is missing from Section B, the help for it is likely to be missing from Section F too.",
      ],
      rules: ["R-EHCP-F-SPECIFIC"],
    },
    {
      heading: "Section E: outcomes",
      paragraphs: [
        "Outcomes say what difference the help should make. They should be specific, measurable, achievable, realistic and time-bound. People often call this SMART. An outcome is not the same as the help itself.",
        "For example: “By the end of Year 5, Sam will read a short book aloud with fewer than five mistakes.” That is an outcome. The reading lessons that get Sam there are the help, and belong in Section F.",
      ],
      rules: ["R-EHCP-OUTCOMES"],
    },
    {
      heading: "Section F: the help",
      paragraphs: [
        "Section F must set out help for every need in Section B. It must be clear and detailed. It should normally say what the help is, who gives it, how often, and for how long. Vague words are not enough. Watch out for “access to”, “regular” and “would benefit from”.",
        "Compare these two lines:",
      ],
      bullets: [
        "Vague: “Sam will have access to speech and language therapy.”",
        "Clear: “Sam will have speech and language therapy for 30 minutes a week, one to one, from a qualified therapist. The therapist will set a 10 minute daily programme, given by a trained teaching assistant.”",
      ],
      rules: ["R-EHCP-F-SPECIFIC"],
    },
    {
      heading: "Therapy belongs in Section F",
      paragraphs: [
        "Therapy that helps a child learn counts as educational help. So speech and language therapy usually belongs in Section F, not only in Section G. This matters, because the council must make sure the help in Section F is given.",
      ],
      rules: ["R-DEF-HEALTH-CARE-AS-SEP", "R-EHCP-DUTY"],
    },
    {
      heading: "Checking the draft plan",
      paragraphs: [
        `You have at least ${periodOf("R-EHCP-DRAFT-15")} to comment on the draft. You can ask for a meeting and ask for a school or college by name. The council must ask that school and name it, unless one of a few set reasons applies. You can also ask for a personal budget.`,
        "Check that each piece of advice in the reports has a place in the plan. Do not feel pushed to accept a draft that is vague or wrong.",
      ],
      rules: [
        "R-EHCP-DRAFT-15",
        "R-EHCP-SCHOOL-REQUEST",
        "R-EHCP-CONSULT-SCHOOL",
        "R-EHCP-PERSONAL-BUDGET",
      ],
    },
    {
      heading: "If you disagree with the final plan",
      paragraphs: [
        "The letter with the final plan must tell you how to appeal. You can appeal about Sections B, F and I. The page on disagreements explains the steps and the time limits.",
      ],
      rules: ["R-EHCP-FINAL-NOTICE", "R-APP-WHAT"],
    },
  ],
  tools: [
    { label: "Check a draft or final plan", screen: "plans" },
    { label: "Reply to a draft plan", screen: "letters?kind=draft_plan_response#write" },
    { label: "Check each report's advice is in the plan", screen: "professionals" },
  ],
};
